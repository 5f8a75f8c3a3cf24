:- module(sources,
          [ source/6,                % ?Id, ?Instrument, ?Article, ?Version, ?Reference, ?Verification
            source_note/3,           % ?Id, ?Lang, ?Note
            instrument_label/3,      % ?Instrument, ?Lang, ?Label
            instrument_renumbering/4,% ?Instrument, ?Article, ?NewReference, ?Status
            verification/1           % ?Verification
          ]).

/** <module> Every citation of the knowledge base

One fact per version of a legal text: the instrument, the article, the
interval in which that version is in force, the official reference, and how
far our sources let us verify it (shared/reference/belgian-secrecy-law.md,
tags [V], [P], [U]).

Dates are date(Y,M,D); an interval is version(From, To) with To exclusive;
`open` marks an end that is not known or not reached. A rule is in force on
a date when the version of the source it cites is.

Article numbers are data: if the new Criminal Code (laws of 29 February
2024) renumbers an article, instrument_renumbering/4 records it and nothing
else changes.
*/

%!  verification(?Verification) is nondet.
%
%   The degrees of verification: `verified` (seen in a source), `partial`
%   (partly seen, or only in a secondary source), `unverified` (recalled or
%   inferred, not checked: surfaced to users).

verification(verified).
verification(partial).
verification(unverified).

%!  instrument_label(?Instrument, ?Lang, ?Label:string) is nondet.
%
%   Label is the name of Instrument in Lang.

instrument_label(code_penal,         fr, "Code pénal").
instrument_label(code_penal,         en, "Criminal Code").
instrument_label(cpas_organic_law,   fr, "loi organique des CPAS du 8 juillet 1976").
instrument_label(cpas_organic_law,   en, "Organic Law on CPAS of 8 July 1976").
instrument_label(youth_aid_decree,   fr, "décret de la Communauté française du 4 mars 1991 relatif à l'aide à la jeunesse").
instrument_label(youth_aid_decree,   en, "French Community decree of 4 March 1991 on youth aid").
instrument_label(case_law,           fr, "jurisprudence et doctrine").
instrument_label(case_law,           en, "case law and doctrine").
instrument_label(psychologists_code, fr, "code de déontologie des psychologues").
instrument_label(psychologists_code, en, "psychologists' code of ethics").
instrument_label(seed,               fr, "rapport STICS sur le secret professionnel (2018)").
instrument_label(seed,               en, "STICS report on professional secrecy (2018)").

%!  source(?Id, ?Instrument, ?Article, ?Version, ?Reference:string, ?Verification) is nondet.
%
%   Id names one version of Article of Instrument, in force during
%   Version = version(From, To), officially referenced as Reference.

% Code pénal du 8 juin 1867. The entry-into-force date of the 1867 code is not
% in our sources; its enactment date stands as the start.
source(cp_458, code_penal, "458",
       version(date(1867,6,8), open),
       "Code pénal du 8 juin 1867, art. 458 (texte en vigueur)",
       verified).
source(cp_458_parliamentary_inquiry, code_penal, "458",
       version(date(1996,5,30), open),
       "Code pénal, art. 458, mots « ou devant une commission d'enquête parlementaire » (loi du 30 mai 1996)",
       unverified).
source(cpas_law_art_36, cpas_organic_law, "36, al. 2",
       version(date(1976,7,8), open),
       "Loi organique des centres publics d'action sociale du 8 juillet 1976, art. 36, al. 2",
       verified).
source(cpas_law_art_50, cpas_organic_law, "50",
       version(date(1976,7,8), open),
       "Loi organique des centres publics d'action sociale du 8 juillet 1976, art. 50",
       partial).
source(youth_aid_decree_art_57, youth_aid_decree, "57",
       version(date(1991,3,4), open),
       "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 57; repris par le Code du 18 janvier 2018 (article non vérifié)",
       partial).
source(seed_pms_staff, seed, "",
       version(open, open),
       "Rapport STICS (2018): les membres du personnel des CPMS sont tenus au secret par une loi particulière (texte non identifié)",
       unverified).
source(seed_moral_counsellors, seed, "",
       version(open, open),
       "Rapport STICS (2018): les conseillers moraux sont tenus au secret par une loi particulière (texte non identifié)",
       unverified).
source(seed_police, seed, "",
       version(open, open),
       "Rapport STICS (2018): le policier est lui aussi tenu au secret professionnel (texte non identifié)",
       unverified).
source(seed_report, seed, "",
       version(open, open),
       "STICS asbl, compte rendu d'une matinée d'étude sur le secret professionnel (vers 2018), exposé de L. Nouwynck",
       verified).
source(necessary_confidant, case_law, "",
       version(open, open),
       "Doctrine du « confident nécessaire », depuis les conclusions du ministère public avant Cass., 20 février 1905",
       verified).
source(brussels_ca_1988, case_law, "",
       version(date(1988,12,20), open),
       "Bruxelles, 20 décembre 1988: un fait sans caractère secret n'est pas couvert par l'art. 458",
       verified).
source(shared_secret, case_law, "",
       version(open, open),
       "Secret professionnel partagé: construction jurisprudentielle admise par les trois principaux codes de déontologie; conditions cumulatives de l'art. 14 du code de déontologie des psychologues",
       verified).

%!  source_note(?Id, ?Lang, ?Note:string) is nondet.
%
%   Note says, in Lang, what a reader of source Id must know: a doubt, a
%   difference between the seed and later sources, an open question.

source_note(cp_458_parliamentary_inquiry, fr,
            "La loi qui a ajouté la commission d'enquête parlementaire (30 mai 1996) et sa date d'entrée en vigueur ne sont pas vérifiées.").
source_note(cp_458_parliamentary_inquiry, en,
            "The law that added parliamentary inquiry commissions (30 May 1996) and its entry-into-force date are not verified.").
source_note(cpas_law_art_50, fr,
            "Le texte exact de l'art. 50 n'a été lu que dans une source secondaire.").
source_note(cpas_law_art_50, en,
            "The exact wording of art. 50 was read only in a secondary source.").
source_note(youth_aid_decree_art_57, fr,
            "L'article du Code du 18 janvier 2018 qui reprend l'art. 57 et sa date d'entrée en vigueur ne sont pas vérifiés.").
source_note(youth_aid_decree_art_57, en,
            "The article of the Code of 18 January 2018 that took over art. 57, and its entry into force, are not verified.").
source_note(seed_pms_staff, fr, "Le rapport l'affirme sans citer la loi; à vérifier.").
source_note(seed_pms_staff, en, "The report says so without citing the law; to be verified.").
source_note(seed_moral_counsellors, fr, "Le rapport l'affirme sans citer la loi; à vérifier.").
source_note(seed_moral_counsellors, en, "The report says so without citing the law; to be verified.").
source_note(seed_police, fr, "Le rapport l'affirme sans citer la loi; à vérifier.").
source_note(seed_police, en, "The report says so without citing the law; to be verified.").
source_note(cp_458, fr,
            "Le rapport (2018) cite aussi les avocats et les infirmiers parmi les professions visées par l'art. 458; le texte ne nomme que médecins, chirurgiens, officiers de santé, pharmaciens et sages-femmes, les autres relevant de la clause générale.").
source_note(cp_458, en,
            "The 2018 report also lists lawyers and nurses among the professions art. 458 names; the text names only doctors, surgeons, health officers, pharmacists and midwives, the others falling under the general clause.").

%!  instrument_renumbering(?Instrument, ?Article, ?NewReference, ?Status) is nondet.
%
%   Article of Instrument is (or may be) renumbered as NewReference by the
%   new Criminal Code (laws of 29 February 2024, MB 8 April 2024). Status
%   `unverified` means the new number is not established in our sources;
%   answers dated after the new Code's announced entry into force say so.

instrument_renumbering(code_penal, "458", unknown, unverified).
