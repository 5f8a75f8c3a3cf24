/*  Code pénal (Strafwetboek) du 8 juin 1867 -- included by kb/law.pl

    Articles in statute order. Each block: the rule(s), the exceptions the
    article itself creates, their metadata and their wording.
*/

/* ======================================================================
   Art. 458 -- the duty of professional secrecy and its offence
   ----------------------------------------------------------------------
   « Les médecins, chirurgiens, officiers de santé, pharmaciens, sages-
   femmes et toutes autres personnes dépositaires, par état ou par
   profession, des secrets qu'on leur confie, qui, hors le cas où ils sont
   appelés à rendre témoignage en justice (ou devant une commission
   d'enquête parlementaire) et celui où la loi, le décret ou l'ordonnance
   les oblige ou les autorise à faire connaître ces secrets, les auront
   révélés, seront punis ... »
   ====================================================================== */

conclusion_text(bound_by_secrecy(_), fr, "Le professionnel est tenu au secret professionnel.").
conclusion_text(bound_by_secrecy(_), en, "The discloser is bound by professional secrecy.").
conclusion_text(covered_by_secrecy, fr, "L'information est couverte par le secret.").
conclusion_text(covered_by_secrecy, en, "The information is covered by secrecy.").
conclusion_text(secrecy_duty, fr, "Le secret professionnel s'applique à cette information.").
conclusion_text(secrecy_duty, en, "Professional secrecy applies to this information.").

% --- Who is bound (s02, s03) -------------------------------------------

% The professions the article names.
rule(cp_458_named_profession, bound_by_secrecy(named_profession),
     role_in([doctor, pharmacist, midwife])).
rule_meta(cp_458_named_profession,
          [provision(cp_458), source(cp_458), seed([s02])]).
rule_text(cp_458_named_profession, fr,
          "L'art. 458 nomme expressément cette profession (médecins, chirurgiens, officiers de santé, pharmaciens, sages-femmes).").
rule_text(cp_458_named_profession, en,
          "Art. 458 names this profession expressly (doctors, surgeons, health officers, pharmacists, midwives).").

% The general clause: "toutes autres personnes dépositaires, par état ou
% par profession", read as every necessary confidant (s02).
rule(cp_458_necessary_confidant, bound_by_secrecy(necessary_confidant),
     role_in([nurse, psychologist, social_worker, mediator,
              hospital_admin_agent, service_director])).
rule_meta(cp_458_necessary_confidant,
          [provision(cp_458), source(necessary_confidant), seed([s02])]).
rule_text(cp_458_necessary_confidant, fr,
          "Confident nécessaire: recevoir des confidences est inhérent à l'exercice de cette profession (clause générale de l'art. 458).").
rule_text(cp_458_necessary_confidant, en,
          "Necessary confidant: receiving confidences is inherent in this profession (general clause of art. 458).").

% INTERPRETATION: the seed does not list educators, justice assistants or
% lawyers among necessary confidants, but treats educators as bound in its
% first situation, and lawyers are the classic "dépositaires par état".
rule(cp_458_confidant_by_state, bound_by_secrecy(necessary_confidant),
     role_in([educator, justice_assistant, lawyer])).
rule_meta(cp_458_confidant_by_state,
          [provision(cp_458), source(necessary_confidant), seed([s02]),
           interpretation(seed_report)]).
rule_text(cp_458_confidant_by_state, fr,
          "Dépositaire de secrets par état ou par profession (clause générale de l'art. 458).").
rule_text(cp_458_confidant_by_state, en,
          "Holder of secrets by state or profession (general clause of art. 458).").
interpretation_text(cp_458_confidant_by_state, fr,
          "Lecture retenue: le rapport ne cite pas éducateurs, assistants de justice ni avocats parmi les confidents nécessaires, mais traite les éducateurs comme tenus au secret dans sa première situation; l'avocat est le dépositaire par état classique.").
interpretation_text(cp_458_confidant_by_state, en,
          "Reading adopted: the report does not list educators, justice assistants or lawyers among necessary confidants, but treats educators as bound in its first situation; the lawyer is the classic holder of secrets by state.").

% The institutions the seed names (s02): everyone working in a hospital.
rule(cp_458_hospital_staff, bound_by_secrecy(necessary_confidant),
     all([ institution_in([hospital]),
           not(role_in([private_individual])) ])).
rule_meta(cp_458_hospital_staff,
          [provision(cp_458), source(necessary_confidant), seed([s02])]).
rule_text(cp_458_hospital_staff, fr,
          "Les personnes qui travaillent dans un hôpital ont accès à des informations privées par leur fonction: elles sont confidents nécessaires.").
rule_text(cp_458_hospital_staff, en,
          "People who work in a hospital reach private information through their function: they are necessary confidants.").

% Specific laws (s03).
rule(cpas_law_staff, bound_by_secrecy(specific_law),
     any([ role_in([cpas_staff]),
           all([ institution_in([cpas]),
                 not(role_in([private_individual, cpas_council_member])) ]) ])).
rule_meta(cpas_law_staff,
          [provision(cp_458), source(cpas_law_art_50), seed([s02, s03])]).
rule_text(cpas_law_staff, fr,
          "Les membres du personnel des CPAS sont tenus au secret par la loi organique des CPAS.").
rule_text(cpas_law_staff, en,
          "CPAS staff are bound to secrecy by the Organic Law on CPAS.").

rule(cpas_law_council, bound_by_secrecy(specific_law),
     role_in([cpas_council_member])).
rule_meta(cpas_law_council,
          [provision(cp_458), source(cpas_law_art_36), seed([s03])]).
rule_text(cpas_law_council, fr,
          "Les membres du conseil de l'action sociale sont tenus au secret sur les dossiers individuels (loi organique des CPAS, art. 36).").
rule_text(cpas_law_council, en,
          "Members of the CPAS council are bound to secrecy about individual files (Organic Law on CPAS, art. 36).").

rule(youth_aid_decree_secrecy, bound_by_secrecy(specific_law),
     any([ role_in([youth_aid_worker]),
           all([ institution_in([youth_aid_service]),
                 not(role_in([private_individual])) ]) ])).
rule_meta(youth_aid_decree_secrecy,
          [provision(cp_458), source(youth_aid_decree_art_57), seed([s02, s03])]).
rule_text(youth_aid_decree_secrecy, fr,
          "Les intervenants de l'aide à la jeunesse sont tenus au secret par le décret relatif à l'aide à la jeunesse.").
rule_text(youth_aid_decree_secrecy, en,
          "Youth-aid workers are bound to secrecy by the decree on youth aid.").

rule(pms_secrecy, bound_by_secrecy(specific_law),
     any([ role_in([pms_staff]),
           all([ institution_in([pms_centre]),
                 not(role_in([private_individual])) ]) ])).
rule_meta(pms_secrecy,
          [provision(cp_458), source(seed_pms_staff), seed([s02, s03])]).
rule_text(pms_secrecy, fr,
          "Le personnel des centres PMS est tenu au secret par une loi particulière.").
rule_text(pms_secrecy, en,
          "PMS centre staff are bound to secrecy by a specific law.").

rule(moral_counsellor_secrecy, bound_by_secrecy(specific_law),
     role_in([moral_counsellor])).
rule_meta(moral_counsellor_secrecy,
          [provision(cp_458), source(seed_moral_counsellors), seed([s03])]).
rule_text(moral_counsellor_secrecy, fr,
          "Les conseillers moraux sont tenus au secret par une loi particulière.").
rule_text(moral_counsellor_secrecy, en,
          "Moral counsellors are bound to secrecy by a specific law.").

rule(police_secrecy, bound_by_secrecy(specific_law),
     role_in([police_officer])).
rule_meta(police_secrecy,
          [provision(cp_458), source(seed_police), seed([s10])]).
rule_text(police_secrecy, fr,
          "Le policier est lui aussi tenu au secret professionnel.").
rule_text(police_secrecy, en,
          "A police officer is bound by professional secrecy too.").

% --- What the secret covers (s09) --------------------------------------

rule(cp_458_covers_what_was_learned, covered_by_secrecy,
     all([ information_in([confidence, medical_data, administrative_data,
                           state_of_mind, client_status, factual_followup]),
           fact(learned_in_profession) ])).
rule_meta(cp_458_covers_what_was_learned,
          [provision(cp_458), source(cp_458), seed([s09])]).
rule_text(cp_458_covers_what_was_learned, fr,
          "Le secret couvre tout ce qui est appris à l'occasion de l'exercice de la profession, y compris le simple fait qu'une personne est suivie.").
rule_text(cp_458_covers_what_was_learned, en,
          "Secrecy covers everything learned in the exercise of the profession, including the bare fact that a person is followed.").

rule(cp_458_covers_files, covered_by_secrecy,
     all([ information_in([social_report]),
           fact(learned_in_profession) ])).
rule_meta(cp_458_covers_files,
          [provision(cp_458), source(cp_458), seed([s09])]).
rule_text(cp_458_covers_files, fr,
          "Le secret couvre aussi les documents et les dossiers: l'accès aux dossiers doit être protégé.").
rule_text(cp_458_covers_files, en,
          "Secrecy also covers documents and files: access to files must be protected.").

% INTERPRETATION: the seed holds that confirming a public fact or a rumour
% may breach secrecy; Brussels CA 20 Dec 1988 held that a fact with no
% secret character is not covered. The seed's reading is encoded.
rule(cp_458_covers_confirmation, covered_by_secrecy,
     all([ information_in([public_fact]),
           fact(learned_in_profession) ])).
rule_meta(cp_458_covers_confirmation,
          [provision(cp_458), source(cp_458), seed([s09]),
           interpretation(seed_report)]).
rule_text(cp_458_covers_confirmation, fr,
          "Confirmer une rumeur ou un fait public, avec l'autorité du professionnel, peut constituer une violation du secret.").
rule_text(cp_458_covers_confirmation, en,
          "Confirming a rumour or a public fact, with the professional's authority, may breach secrecy.").
interpretation_text(cp_458_covers_confirmation, fr,
          "Lecture du rapport (Nouwynck); la cour d'appel de Bruxelles (20 décembre 1988) a jugé qu'un fait dépourvu de caractère secret n'est pas couvert.").
interpretation_text(cp_458_covers_confirmation, en,
          "The report's reading (Nouwynck); the Brussels Court of Appeal (20 December 1988) held that a fact with no secret character is not covered.").

% --- The duty, and the verdict it gives (s01, s05, s06, s08) -----------

rule(cp_458_duty, secrecy_duty,
     all([ holds(bound_by_secrecy(_)),
           holds(covered_by_secrecy) ])).
rule_meta(cp_458_duty,
          [provision(cp_458), source(cp_458), seed([s01, s06])]).
rule_text(cp_458_duty, fr,
          "Le professionnel est tenu au secret pour cette information.").
rule_text(cp_458_duty, en,
          "The professional is bound to secrecy about this information.").

rule(cp_458, verdict(forbidden),
     holds(secrecy_duty)).
rule_meta(cp_458,
          [provision(cp_458), source(cp_458), seed([s01, s05, s08])]).
rule_text(cp_458, fr,
          "Le principe est le secret: révéler cette information hors des exceptions légales est puni par l'art. 458 du Code pénal.").
rule_text(cp_458, en,
          "The principle is secrecy: revealing this information outside the legal exceptions is punished by art. 458 of the Criminal Code.").

rule(no_secrecy_duty, verdict(not_covered),
     not(holds(secrecy_duty))).
rule_meta(no_secrecy_duty,
          [provision(no_secrecy_duty), source(cp_458), seed([s02, s08, s09])]).
rule_text(no_secrecy_duty, fr,
          "Aucun secret professionnel ne s'applique: le professionnel ou l'information échappe à l'art. 458.").
rule_text(no_secrecy_duty, en,
          "No professional secrecy applies: the discloser or the information falls outside art. 458.").

% --- Exception: testimony in justice (s14) -----------------------------

rule(cp_458_testimony_court, verdict(permitted),
     all([ recipient_in([investigating_judge, trial_court]),
           fact(called_to_testify) ])).
exception(cp_458_testimony_court, cp_458).
rule_meta(cp_458_testimony_court,
          [provision(cp_458_testimony), source(cp_458), seed([s14])]).
rule_text(cp_458_testimony_court, fr,
          "Appelé à témoigner en justice, devant un juge, un juge d'instruction, un tribunal ou une cour, le professionnel peut parler; il n'y est pas obligé.").
rule_text(cp_458_testimony_court, en,
          "Called to testify in justice, before a judge, an investigating judge or a court, the professional may speak; they need not.").

rule(cp_458_testimony_parliament, verdict(permitted),
     all([ recipient_in([parliamentary_inquiry]),
           fact(called_to_testify) ])).
exception(cp_458_testimony_parliament, cp_458).
rule_meta(cp_458_testimony_parliament,
          [provision(cp_458_testimony), source(cp_458_parliamentary_inquiry), seed([s14])]).
rule_text(cp_458_testimony_parliament, fr,
          "Entendu comme témoin par une commission d'enquête parlementaire, le professionnel peut parler; il n'y est pas obligé.").
rule_text(cp_458_testimony_parliament, en,
          "Heard as a witness by a parliamentary inquiry commission, the professional may speak; they need not.").

% --- What the answer must tell (advice) --------------------------------

advice(police_must_refuse, note,
       all([ recipient_in([police, public_prosecutor]),
             verdict_in([forbidden]) ])).
advice_meta(police_must_refuse, [provision(cp_458_testimony), source(cp_458), seed([s14])]).
advice_text(police_must_refuse, fr,
            "Le témoignage en justice n'ouvre aucune exception devant la police ni devant le parquet: sollicité par eux, le professionnel doit refuser; il pourra éventuellement parler devant le juge d'instruction.").
advice_text(police_must_refuse, en,
            "Testimony in justice opens no exception before the police or the prosecution service: asked by them, the professional must refuse; they may later speak before the investigating judge.").

advice(consent_not_sufficient, note,
       all([ fact(person_consents),
             verdict_in([forbidden]) ])).
advice_meta(consent_not_sufficient, [provision(cp_458), source(cp_458), seed([s01, s15])]).
advice_text(consent_not_sufficient, fr,
            "L'accord de la personne ne suffit jamais à lui seul: le secret est d'ordre public, il n'est pas contractuel. Une exception légale est nécessaire.").
advice_text(consent_not_sufficient, en,
            "The person's consent is never sufficient on its own: secrecy is a rule of public order, not a contract. A legal exception is needed.").

advice(in_doubt_abstain, note,
       all([ verdict_in([forbidden]),
             incomplete ])).
advice_meta(in_doubt_abstain, [provision(cp_458), source(seed_report), seed([s08])]).
advice_text(in_doubt_abstain, fr,
            "Dans le doute, abstiens-toi: tant que les conditions d'une exception ne sont pas établies, le secret prévaut. On peut changer d'avis une fois l'exception établie.").
advice_text(in_doubt_abstain, en,
            "In doubt, abstain: until the conditions of an exception are established, secrecy prevails. One may change one's mind once the exception is established.").

advice(testimony_no_duty_to_speak, caveat,
       basis_has(cp_458_testimony)).
advice_meta(testimony_no_duty_to_speak, [provision(cp_458_testimony), source(cp_458), seed([s14, s15])]).
advice_text(testimony_no_duty_to_speak, fr,
            "En témoignage, il n'y a plus d'obligation de se taire, mais pas non plus d'obligation de parler: apprécier en conscience, dans l'intérêt de la personne ou de la société.").
advice_text(testimony_no_duty_to_speak, en,
            "In testimony there is no longer a duty to keep silent, but no duty to speak either: weigh it in conscience, in the interest of the person or of society.").
