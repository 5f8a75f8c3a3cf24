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
far our sources let us verify it (docs/law.md, "How the law is
marked").

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
instrument_label(code_instruction_criminelle, fr, "Code d'instruction criminelle").
instrument_label(code_instruction_criminelle, en, "Code of Criminal Procedure").
instrument_label(constitutional_court, fr, "Cour constitutionnelle").
instrument_label(constitutional_court, en, "Constitutional Court").
instrument_label(csil_r_law,         fr, "loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales (CSIL-R)").
instrument_label(csil_r_law,         en, "Law of 30 July 2018 creating local integrated security cells (CSIL-R)").
instrument_label(veilige_huizen_decree, fr, "décret flamand du 29 mars 2024 sur les « Veilige Huizen »").
instrument_label(veilige_huizen_decree, en, "Flemish decree of 29 March 2024 on the 'Veilige Huizen'").
instrument_label(new_criminal_code,  fr, "nouveau Code pénal (lois du 29 février 2024)").
instrument_label(new_criminal_code,  en, "new Criminal Code (laws of 29 February 2024)").
instrument_label(ufas_code,          fr, "code de déontologie de l'Union francophone des assistants sociaux").
instrument_label(ufas_code,          en, "code of ethics of the French-speaking Union of Social Workers (UFAS)").
instrument_label(youth_aid_code,     fr, "code de déontologie de l'aide à la jeunesse (Communauté française)").
instrument_label(youth_aid_code,     en, "French Community youth-aid code of ethics").
instrument_label(medical_code,       fr, "code de déontologie médicale").
instrument_label(medical_code,       en, "code of medical ethics").
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

% --- Art. 458 CP: the penalty, by version (s05) --------------------------
source(cp_458_penalty_1867, code_penal, "458",
       version(date(1867,6,8), date(2017,8,3)),
       "Code pénal, art. 458, peine d'origine: emprisonnement de huit jours à six mois et amende de cent à cinq cents francs (euros depuis 2002)",
       partial).
source(cp_458_penalty_2017, code_penal, "458",
       version(date(2017,8,3), open),
       "Code pénal, art. 458, peine modifiée par la loi du 6 juillet 2017 (« pot-pourri V »): emprisonnement d'un an à trois ans et/ou amende de cent à mille euros",
       partial).

% --- Art. 458bis CP ------------------------------------------------------
source(cp_458bis_2001, code_penal, "458bis",
       version(date(2001,3,27), date(2012,1,30)),
       "Code pénal, art. 458bis, inséré par la loi du 28 novembre 2000 relative à la protection pénale des mineurs",
       partial).
source(cp_458bis_2012, code_penal, "458bis",
       version(date(2012,1,30), open),
       "Code pénal, art. 458bis, remplacé par l'art. 6 de la loi du 30 novembre 2011 (MB 20 janvier 2012)",
       verified).
source(cp_458bis_partner_violence, code_penal, "458bis",
       version(date(2012,3,26), open),
       "Code pénal, art. 458bis, complété par l'art. 2 de la loi du 23 février 2012 (MB 26 mars 2012): violence entre partenaires",
       partial).
source(cc_127_2013, constitutional_court, "",
       version(date(2013,9,26), open),
       "C. const., arrêt n° 127/2013 du 26 septembre 2013 (annulation partielle de l'art. 6 de la loi du 30 novembre 2011, à l'égard des avocats)",
       partial).

% --- Art. 458ter CP ------------------------------------------------------
source(cp_458ter, code_penal, "458ter",
       version(date(2017,8,3), open),
       "Code pénal, art. 458ter, inséré par la loi du 6 juillet 2017 (« pot-pourri V »); circulaire COL 4/2018 du 15 mars 2018",
       verified).
source(csil_r_law, csil_r_law, "5",
       version(date(2018,9,24), open),
       "Loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales en matière de radicalisme, d'extrémisme et de terrorisme (MB 14 septembre 2018); C. const., arrêt n° 52/2021 du 1er avril 2021 (recours rejeté)",
       verified).
source(veilige_huizen_decree, veilige_huizen_decree, "",
       version(date(2024,3,29), open),
       "Décret flamand du 29 mars 2024 relatif aux « Veilige Huizen » (casusoverleg au sens de l'art. 458ter)",
       partial).

% --- Art. 422bis CP ------------------------------------------------------
source(cp_422bis, code_penal, "422bis",
       version(date(1961,1,6), open),
       "Code pénal, art. 422bis: emprisonnement de huit jours à un an et/ou amende de cinquante à cinq cents euros; jusqu'à deux ans si la personne exposée au péril est mineure ou vulnérable",
       partial).

% --- Code d'instruction criminelle -------------------------------------
source(cic_29_doctrine, case_law, "",
       version(open, open),
       "Fédérations des CPAS (Brulocalis, 2017): l'art. 29 CIC ne lève pas le secret professionnel; le législateur a dû adopter l'art. 46bis/1, § 3",
       partial).
source(youth_protection_purpose, case_law, "",
       version(open, open),
       "Cour de cassation (plusieurs arrêts cités par le rapport STICS, 2018): les investigations en matière de protection de la jeunesse ne peuvent servir à des fins pénales",
       unverified).
source(cic_29, code_instruction_criminelle, "29",
       version(open, open),
       "Code d'instruction criminelle, art. 29 (remplacé par l'art. 3 de la loi du 5 mai 2019, MB 24 mai 2019)",
       partial).
source(cic_46bis1_request, code_instruction_criminelle, "46bis/1, §§ 1er et 2",
       version(date(2017,9,1), open),
       "Code d'instruction criminelle, art. 46bis/1, §§ 1er et 2, inséré par l'art. 2 de la loi du 17 mai 2017 (MB 3 juillet 2017)",
       verified).
source(cic_46bis1_declaration, code_instruction_criminelle, "46bis/1, § 3",
       version(date(2017,9,1), date(2019,4,4)),
       "Code d'instruction criminelle, art. 46bis/1, § 3, inséré par l'art. 2 de la loi du 17 mai 2017 (MB 3 juillet 2017); annulé par C. const., arrêt n° 44/2019 du 14 mars 2019",
       verified).
source(cc_44_2019, constitutional_court, "",
       version(date(2019,4,4), open),
       "C. const., arrêt n° 44/2019 du 14 mars 2019 (MB 4 avril 2019): annulation de l'art. 46bis/1, § 3, CIC",
       verified).
source(cic_46bis1_circular, code_instruction_criminelle, "46bis/1",
       version(date(2017,9,1), open),
       "Circulaire du ministre de l'Intégration sociale aux CPAS sur l'art. 46bis/1 CIC (lue par des sources secondaires)",
       partial).

% --- Case law -------------------------------------------------------------
source(necessity, case_law, "",
       version(open, open),
       "État de nécessité: Cass., 13 mai 1987, R.C.J.B., 1989, p. 588",
       verified).
source(mandate, case_law, "",
       version(open, open),
       "Travail sous mandat: rapport à l'autorité mandante (Commission de déontologie de l'aide à la jeunesse, avis 99/08; code de déontologie de l'aide à la jeunesse, art. 7 et 12)",
       verified).
source(followup_reports, seed, "",
       version(open, open),
       "Rapport STICS (2018): rapports de suivi à l'assistant de justice pour les personnes sous conditions judiciaires (texte légal non identifié)",
       unverified).
source(suspect_professional, seed, "",
       version(open, open),
       "Rapport STICS (2018): le professionnel personnellement soupçonné ne peut opposer le secret à l'enquête (jurisprudence non identifiée)",
       unverified).

source(seed_consultation_examples, seed, "",
       version(date(2017,8,3), date(2018,9,24)),
       "Rapport STICS (2018): exemples de concertations de cas tirés de l'exposé des motifs de la loi du 6 juillet 2017",
       verified).
source(seed_before_2017, seed, "",
       version(open, date(2017,9,1)),
       "Rapport STICS (2018): avant 2017, la levée du secret en matière de terrorisme ne reposait que sur l'état de nécessité",
       verified).

% --- Codes of ethics (the deontological layer) --------------------------
source(ufas_art_3_1, ufas_code, "3.1",
       version(open, open),
       "Code de déontologie de l'UFAS (1985, édition 1997), art. 3.1: l'assistant social est un confident nécessaire tenu au secret professionnel",
       verified).
source(ufas_seed_articles, ufas_code, "",
       version(open, open),
       "Code de déontologie de l'UFAS, articles cités par le rapport STICS (2018): grande discrétion, respecter et faire respecter le secret; aucune tâche nuisant à l'indépendance; une attitude qui inspire confiance (numéros non identifiés)",
       partial).
source(ufas_scope, seed, "",
       version(open, open),
       "Rapport STICS (2018): le code de l'UFAS s'applique quel que soit le cadre où s'exerce le travail de l'assistant social; les codes sectoriels n'y dérogent pas",
       verified).
source(youth_aid_code_scope, youth_aid_decree, "4",
       version(date(1991,3,4), open),
       "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 4: le code de déontologie s'applique à tous les services",
       verified).
source(youth_aid_code_art_6, youth_aid_code, "6",
       version(date(1997,5,15), open),
       "Code de déontologie de l'aide à la jeunesse (arrêté du Gouvernement de la Communauté française du 15 mai 1997), art. 6: le secret professionnel",
       partial).
source(youth_aid_code_art_7, youth_aid_code, "7, al. 1er",
       version(date(1997,5,15), open),
       "Code de déontologie de l'aide à la jeunesse, art. 7, al. 1er: informations transmises aux seules personnes tenues au secret, lorsque les objectifs de l'aide l'exigent, le bénéficiaire informé au préalable (avis 31/01 de la Commission de déontologie)",
       verified).
source(youth_aid_code_art_12, youth_aid_code, "12, al. 4",
       version(date(1997,5,15), open),
       "Code de déontologie de l'aide à la jeunesse, art. 12, al. 4: collaboration lorsque l'intérêt du bénéficiaire l'exige, le bénéficiaire informé, discrétion, seuls les faits indispensables",
       verified).
source(psychologists_code_art_14, psychologists_code, "14",
       version(open, open),
       "Code de déontologie des psychologues (arrêté royal du 2 avril 2014), art. 14: secret partagé à des conditions cumulatives (Commission des psychologues)",
       partial).
source(medical_code_secrecy, medical_code, "",
       version(open, open),
       "Code de déontologie médicale (Conseil national de l'Ordre des médecins): le secret médical et son partage avec les autres soignants (articles non identifiés)",
       unverified).
source(psychologists_necessity, case_law, "",
       version(open, open),
       "Commission des psychologues, « État de nécessité »: le code admet la levée du secret en état de nécessité",
       partial).

% --- The new Criminal Code --------------------------------------------------
source(new_criminal_code, new_criminal_code, "",
       version(date(2026,4,8), open),
       "Lois du 29 février 2024 introduisant le Livre Ier et le Livre II du Code pénal (MB 8 avril 2024), entrée en vigueur annoncée au 8 avril 2026",
       unverified).

%!  source_note(?Id, ?Lang, ?Note:string) is nondet.
%
%   Note says, in Lang, what a reader of source Id must know: a doubt, a
%   difference between the seed and later sources, an open question.

source_note(cp_458_parliamentary_inquiry, fr,
            "La loi qui a ajouté la commission d'enquête parlementaire (30 mai 1996, ou peut-être 30 juin 1996) et son entrée en vigueur ne sont pas vérifiées.").
source_note(cp_458_parliamentary_inquiry, en,
            "The law that added parliamentary inquiry commissions (30 May 1996, or possibly 30 June 1996) and its entry into force are not verified.").
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
source_note(cp_458_penalty_1867, fr,
            "Que la peine ait été relevée par la loi du 6 juillet 2017, et à quelle date, n'est vu que dans une source secondaire.").
source_note(cp_458_penalty_1867, en,
            "That the penalty was raised by the law of 6 July 2017, and on which date, is seen only in a secondary source.").
source_note(cp_458_penalty_2017, fr,
            "La loi qui a relevé la peine n'est vue que dans une source secondaire; l'amende est majorée des décimes additionnels (non vérifié).").
source_note(cp_458_penalty_2017, en,
            "The law that raised the penalty is seen only in a secondary source; the fine is multiplied by the surcharges (décimes additionnels, unverified).").
source_note(cp_458bis_2001, fr,
            "Date d'entrée en vigueur (27 mars 2001) vue dans une source secondaire.").
source_note(cp_458bis_2001, en,
            "Entry into force (27 March 2001) seen in a secondary source.").
source_note(veilige_huizen_decree, fr,
            "La date d'entrée en vigueur du décret n'est pas vérifiée: la date du décret est retenue.").
source_note(veilige_huizen_decree, en,
            "The decree's entry into force is not verified: the decree's date is used.").
source_note(cp_422bis, fr,
            "Le texte est vérifié; l'insertion de l'article par la loi du 6 janvier 1961 et les versions de la peine ne le sont pas.").
source_note(cp_422bis, en,
            "The text is verified; the insertion of the article by the law of 6 January 1961 and the versions of its penalty are not.").
source_note(cp_458bis_partner_violence, fr,
            "La date retenue est celle de la publication au Moniteur; l'entrée en vigueur n'est pas vérifiée.").
source_note(cp_458bis_partner_violence, en,
            "The date used is that of publication in the Moniteur; the entry into force is not verified.").
source_note(cc_127_2013, fr,
            "Un arrêt d'annulation n'a d'effet erga omnes qu'à sa publication au Moniteur belge (loi spéciale du 6 janvier 1989, art. 9); la date de publication de cet arrêt n'est pas vérifiée: la date de l'arrêt est retenue.").
source_note(cc_127_2013, en,
            "An annulment binds everyone only from its publication in the Moniteur belge (special law of 6 January 1989, art. 9); this judgment's publication date is not verified: the judgment's date is used.").
source_note(cc_44_2019, fr,
            "Arrêt du 14 mars 2019, publié au Moniteur belge le 4 avril 2019: l'annulation vaut à l'égard de tous à partir de cette publication (loi spéciale du 6 janvier 1989, art. 9), avec effet rétroactif.").
source_note(cc_44_2019, en,
            "Judgment of 14 March 2019, published in the Moniteur belge on 4 April 2019: the annulment binds everyone from that publication (special law of 6 January 1989, art. 9), with retroactive effect.").
source_note(youth_protection_purpose, fr,
            "Les références des arrêts ne sont pas identifiées.").
source_note(youth_protection_purpose, en,
            "The judgments are not identified.").
source_note(cic_29, fr,
            "Le texte de 2019 est vérifié; l'absence de sanction et son articulation avec l'art. 458 relèvent de la doctrine.").
source_note(cic_29, en,
            "The 2019 text is verified; the absence of a sanction and its relation to art. 458 are doctrine.").
source_note(new_criminal_code, fr,
            "Que le nouveau Code soit entré en vigueur le 8 avril 2026 ou ait été reporté, et les nouveaux numéros des art. 458, 458bis, 458ter et 422bis, ne sont pas vérifiés.").
source_note(new_criminal_code, en,
            "Whether the new Code entered into force on 8 April 2026 or was postponed, and the new numbers of arts. 458, 458bis, 458ter and 422bis, are not verified.").
source_note(ufas_art_3_1, fr, "Les autres articles du code de l'UFAS n'ont pas été lus; sa date d'adoption (1985) sert de repère, non de date de version.").
source_note(ufas_art_3_1, en, "The other articles of the UFAS code were not read; its adoption (1985) is a landmark, not a version date.").
source_note(ufas_seed_articles, fr, "Le rapport cite ces articles sans leurs numéros.").
source_note(ufas_seed_articles, en, "The report quotes these articles without their numbers.").
source_note(youth_aid_code_art_6, fr, "Que l'arrêté du 15 mai 1997 ait adopté le code lui-même, et le texte de l'art. 6, ne sont vus que dans des sources secondaires.").
source_note(youth_aid_code_art_6, en, "That the order of 15 May 1997 adopted the code itself, and the text of art. 6, are seen only in secondary sources.").
source_note(psychologists_code_art_14, fr, "La date de l'arrêté royal (2 avril 2014) n'est pas vérifiée.").
source_note(psychologists_code_art_14, en, "The date of the royal decree (2 April 2014) is not verified.").
source_note(medical_code_secrecy, fr, "Ni la version du code ni ses articles n'ont été vérifiés.").
source_note(medical_code_secrecy, en, "Neither the code's version nor its articles were verified.").
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

instrument_renumbering(code_penal, "458",    unknown, unverified).
instrument_renumbering(code_penal, "458bis", unknown, unverified).
instrument_renumbering(code_penal, "458ter", unknown, unverified).
instrument_renumbering(code_penal, "422bis", unknown, unverified).
