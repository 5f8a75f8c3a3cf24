:- module(seed,
          [ seed_statement/2,         % ?Id, ?Summary
            seed_omitted/3,           % ?Id, ?Lang, ?Reason
            seed_rules/2              % +Id, -RuleIds
          ]).

:- autoload(library(lists)).
:- use_module(law).

/** <module> The founding document's statements, and where the law encodes them

The seed (a 2018 STICS report: docs/law.md, "The seed") states the law
in 32 normative statements, ids s01-s32.
Each is encoded by the rules, advice and tensions whose metadata cite it
(seed([...])), or omitted here with the reason, in every language of the
knowledge base (`secret-kb check` lists a reason left unworded).
*/

%!  seed_statement(?Id, ?Summary:string) is nondet.
%
%   Id is a statement of the seed; Summary recalls it in a line.

seed_statement(s01, "Secrecy is of public order; it protects the profession's trust and people's privacy, not the professional").
seed_statement(s02, "Who art. 458 binds: the named professions and every holder of secrets by state or profession").
seed_statement(s03, "Specific laws bind youth-aid workers, CPAS members and staff, PMS staff, moral counsellors").
seed_statement(s04, "The codes of ethics came first; the UFAS code applies in every setting").
seed_statement(s05, "Revealing outside the legal exceptions is an offence (art. 458), with its penalty").
seed_statement(s06, "Secrecy is a duty before it is a right").
seed_statement(s07, "A professional personally suspected cannot oppose secrecy to the investigation").
seed_statement(s08, "Secrecy is the principle; in doubt, abstain; one may change one's mind").
seed_statement(s09, "Everything learned in the profession is covered, files included, and confirming a rumour").
seed_statement(s10, "Shared secrecy: between secret-holders on the same mission, in the person's interest, with consent").
seed_statement(s11, "Some shared-secrecy rules, such as consent, do not hold under art. 458ter").
seed_statement(s12, "Follow-up reports to the justice assistant carry factual data only").
seed_statement(s13, "Under a mandate, report to the mandating authority, with transparency towards the person").
seed_statement(s14, "Testimony before a judge or a parliamentary inquiry: may speak, need not; never police or parquet").
seed_statement(s15, "An exception needs a legal provision; consent alone never suffices").
seed_statement(s16, "Necessity: grave and imminent harm, no other way, proportionality and subsidiarity").
seed_statement(s17, "Art. 458bis codifies necessity for ill-treatment of minors and vulnerable persons").
seed_statement(s18, "Art. 422bis: when informing is the only way to protect, abstaining is an offence").
seed_statement(s19, "Informing the authority does not end the duty to keep helping").
seed_statement(s20, "Art. 46bis/1: the procureur's written, reasoned request to social-security institutions").
seed_statement(s21, "The request itself must be kept secret").
seed_statement(s22, "The duty falls on the institution: the worker refers to the director or president").
seed_statement(s23, "Administrative information only; never confidences, state of mind or medical data").
seed_statement(s24, "Art. 46bis/1 para. 3: the active duty to declare serious indications of terrorism").
seed_statement(s25, "Before 2017, lifting secrecy for such matters rested on necessity alone").
seed_statement(s26, "Art. 458ter: sharing within a legally based or authorised case consultation, for its purposes").
seed_statement(s27, "In a consultation: no consent needed, participants keep the secret, limited use by the prosecutor").
seed_statement(s28, "Art. 458ter creates a possibility, never an obligation").
seed_statement(s29, "Examples of consultations and their legal bases").
seed_statement(s30, "Before joining a consultation: be clear on one's role; keep a place to speak; transparency").
seed_statement(s31, "Codes of ethics can set guardrails for case consultations").
seed_statement(s32, "The ethical stakes: secrecy protects a space of trust").

%!  seed_omitted(?Id, ?Lang, ?Reason:string) is nondet.
%
%   Statement Id is deliberately not encoded as law, for Reason.

seed_omitted(s32, fr, "Cadre éthique et enjeux (Guissard, manifeste du CVTS): contexte des explications, non une règle.").
seed_omitted(s32, en, "Ethical framing and stakes (Guissard, the CVTS manifesto): context for explanations, not a rule.").
seed_omitted(s32, nl, "Ethisch kader en wat op het spel staat (Guissard, het manifest van het CVTS): context voor de uitleg, geen regel.").

%!  seed_rules(+Id, -RuleIds:list(atom)) is det.
%
%   RuleIds are the rules, advice and tensions whose metadata cite
%   statement Id.

seed_rules(Id, RuleIds) :-
    findall(Rule,
            ( rule_meta(Rule, Props), memberchk(seed(Seeds), Props), memberchk(Id, Seeds) ),
            Rules),
    findall(Advice,
            ( advice_meta(Advice, Props), memberchk(seed(Seeds), Props), memberchk(Id, Seeds) ),
            Advised),
    findall(Tension,
            ( tension_meta(Tension, Props), memberchk(seed(Seeds), Props), memberchk(Id, Seeds) ),
            Tensions),
    append([Rules, Advised, Tensions], RuleIds).
