:- module(sources,
          [ source/6,                % ?Id, ?Instrument, ?Article, ?Version, ?Reference, ?Verification
            source_note/3,           % ?Id, ?Lang, ?Note
            instrument_renumbering/4,% ?Instrument, ?Article, ?NewReference, ?Status
            verification/1           % ?Verification
          ]).

/** <module> Every citation of the knowledge base

One block per version of a legal text: the instrument, the article, the
interval in which that version is in force, the official reference, how far
our sources let us verify it, and a note, in every language, on what a
reader must know (a doubt, a difference between sources, an open question):

    source(cp_458,
           [ instrument   = code_penal,
             article      = "458",
             from         = date(1867,6,8),
             to           = open,
             reference    = "Code pénal du 8 juin 1867, art. 458",
             verification = verified,
             note         = [ fr = "...", en = "..." ] ]).

Dates are date(Y,M,D); `to` is exclusive; `open` marks a bound that is not
known or not reached. A rule is in force on a date when the version of the
source it cites is. The blocks are expanded at load time (rulebook.pl) into
source/6 and source_note/3; the instruments' names are in kb/lang/.

Article numbers are data: instrument_renumbering/4 records where an
article went when an instrument was renumbered.
*/

:- use_module(rulebook, [block_clauses/2]).

:- discontiguous source/6, source_note/3.

term_expansion(Block, Clauses) :-
    block_clauses(Block, Clauses).

%!  verification(?Verification) is nondet.
%
%   The degrees of verification: `verified` (seen in a source), `partial`
%   (partly seen, or only in a secondary source), `unverified` (recalled or
%   inferred, not checked: surfaced to users).

verification(verified).
verification(partial).
verification(unverified).

%!  source(?Id, ?Instrument, ?Article, ?Version, ?Reference:string, ?Verification) is nondet.
%
%   Id names one version of Article of Instrument, in force during
%   Version = version(From, To), officially referenced as Reference.

%!  source_note(?Id, ?Lang, ?Note:string) is nondet.
%
%   Note says, in Lang, what a reader of source Id must know.

% Code pénal du 8 juin 1867. The entry-into-force date of the 1867 code is not
% in our sources; its enactment date stands as the start.
source(cp_458,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(1867,6,8),
         to           = open,
         reference    = "Code pénal du 8 juin 1867, art. 458 (texte en vigueur)",
         verification = verified,
         note         = [ fr = "Le rapport (2018) cite aussi les avocats et les infirmiers parmi les professions visées par l'art. 458; le texte ne nomme que médecins, chirurgiens, officiers de santé, pharmaciens et sages-femmes, les autres relevant de la clause générale.",
                          en = "The 2018 report also lists lawyers and nurses among the professions art. 458 names; the text names only doctors, surgeons, health officers, pharmacists and midwives, the others falling under the general clause." ]
       ]).
source(cp_458_parliamentary_inquiry,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(1996,5,30),
         to           = open,
         reference    = "Code pénal, art. 458, mots « ou devant une commission d'enquête parlementaire » (loi du 30 mai 1996)",
         verification = unverified,
         note         = [ fr = "La loi qui a ajouté la commission d'enquête parlementaire (30 mai 1996, ou peut-être 30 juin 1996) et son entrée en vigueur ne sont pas vérifiées.",
                          en = "The law that added parliamentary inquiry commissions (30 May 1996, or possibly 30 June 1996) and its entry into force are not verified." ]
       ]).
source(cpas_law_art_36,
       [ instrument   = cpas_organic_law,
         article      = "36, al. 2",
         from         = date(1976,7,8),
         to           = open,
         reference    = "Loi organique des centres publics d'action sociale du 8 juillet 1976, art. 36, al. 2",
         verification = verified
       ]).
source(cpas_law_art_50,
       [ instrument   = cpas_organic_law,
         article      = "50",
         from         = date(1976,7,8),
         to           = open,
         reference    = "Loi organique des centres publics d'action sociale du 8 juillet 1976, art. 50",
         verification = partial,
         note         = [ fr = "Le texte exact de l'art. 50 n'a été lu que dans une source secondaire.",
                          en = "The exact wording of art. 50 was read only in a secondary source." ]
       ]).
source(youth_aid_decree_art_57,
       [ instrument   = youth_aid_decree,
         article      = "57",
         from         = date(1991,3,4),
         to           = open,
         reference    = "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 57; repris par le Code du 18 janvier 2018 (article non vérifié)",
         verification = partial,
         note         = [ fr = "L'article du Code du 18 janvier 2018 qui reprend l'art. 57 et sa date d'entrée en vigueur ne sont pas vérifiés.",
                          en = "The article of the Code of 18 January 2018 that took over art. 57, and its entry into force, are not verified." ]
       ]).
source(seed_pms_staff,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): les membres du personnel des CPMS sont tenus au secret par une loi particulière (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified." ]
       ]).
source(seed_moral_counsellors,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): les conseillers moraux sont tenus au secret par une loi particulière (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified." ]
       ]).
source(seed_police,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): le policier est lui aussi tenu au secret professionnel (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified." ]
       ]).
source(seed_report,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "STICS asbl, compte rendu d'une matinée d'étude sur le secret professionnel (vers 2018), exposé de L. Nouwynck",
         verification = verified
       ]).
source(necessary_confidant,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Doctrine du « confident nécessaire », depuis les conclusions du ministère public avant Cass., 20 février 1905",
         verification = verified
       ]).
source(brussels_ca_1988,
       [ instrument   = case_law,
         article      = "",
         from         = date(1988,12,20),
         to           = open,
         reference    = "Bruxelles, 20 décembre 1988: un fait sans caractère secret n'est pas couvert par l'art. 458",
         verification = verified
       ]).
source(shared_secret,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Secret professionnel partagé: construction jurisprudentielle admise par les trois principaux codes de déontologie; conditions cumulatives de l'art. 14 du code de déontologie des psychologues",
         verification = verified
       ]).
% --- Art. 458 CP: the penalty, by version (s05) --------------------------
source(cp_458_penalty_1867,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(1867,6,8),
         to           = date(2017,8,3),
         reference    = "Code pénal, art. 458, peine d'origine: emprisonnement de huit jours à six mois et amende de cent à cinq cents francs (euros depuis 2002)",
         verification = partial,
         note         = [ fr = "Que la peine ait été relevée par la loi du 6 juillet 2017, et à quelle date, n'est vu que dans une source secondaire.",
                          en = "That the penalty was raised by the law of 6 July 2017, and on which date, is seen only in a secondary source." ]
       ]).
source(cp_458_penalty_2017,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(2017,8,3),
         to           = open,
         reference    = "Code pénal, art. 458, peine modifiée par la loi du 6 juillet 2017 (« pot-pourri V »): emprisonnement d'un an à trois ans et/ou amende de cent à mille euros",
         verification = partial,
         note         = [ fr = "La loi qui a relevé la peine n'est vue que dans une source secondaire; l'amende est majorée des décimes additionnels (non vérifié).",
                          en = "The law that raised the penalty is seen only in a secondary source; the fine is multiplied by the surcharges (décimes additionnels, unverified)." ]
       ]).
% --- Art. 458bis CP ------------------------------------------------------
source(cp_458bis_2001,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2001,3,27),
         to           = date(2012,1,30),
         reference    = "Code pénal, art. 458bis, inséré par la loi du 28 novembre 2000 relative à la protection pénale des mineurs",
         verification = partial,
         note         = [ fr = "Date d'entrée en vigueur (27 mars 2001) vue dans une source secondaire.",
                          en = "Entry into force (27 March 2001) seen in a secondary source." ]
       ]).
source(cp_458bis_2012,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,1,30),
         to           = open,
         reference    = "Code pénal, art. 458bis, remplacé par l'art. 6 de la loi du 30 novembre 2011 (MB 20 janvier 2012)",
         verification = verified
       ]).
source(cp_458bis_partner_violence,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,3,26),
         to           = open,
         reference    = "Code pénal, art. 458bis, complété par l'art. 2 de la loi du 23 février 2012 (MB 26 mars 2012): violence entre partenaires",
         verification = partial,
         note         = [ fr = "La date retenue est celle de la publication au Moniteur; l'entrée en vigueur n'est pas vérifiée.",
                          en = "The date used is that of publication in the Moniteur; the entry into force is not verified." ]
       ]).
source(cc_127_2013,
       [ instrument   = constitutional_court,
         article      = "",
         from         = date(2013,9,26),
         to           = open,
         reference    = "C. const., arrêt n° 127/2013 du 26 septembre 2013 (annulation partielle de l'art. 6 de la loi du 30 novembre 2011, à l'égard des avocats)",
         verification = partial,
         note         = [ fr = "Un arrêt d'annulation n'a d'effet erga omnes qu'à sa publication au Moniteur belge (loi spéciale du 6 janvier 1989, art. 9); la date de publication de cet arrêt n'est pas vérifiée: la date de l'arrêt est retenue.",
                          en = "An annulment binds everyone only from its publication in the Moniteur belge (special law of 6 January 1989, art. 9); this judgment's publication date is not verified: the judgment's date is used." ]
       ]).
% --- Art. 458ter CP ------------------------------------------------------
source(cp_458ter,
       [ instrument   = code_penal,
         article      = "458ter",
         from         = date(2017,8,3),
         to           = open,
         reference    = "Code pénal, art. 458ter, inséré par la loi du 6 juillet 2017 (« pot-pourri V »); circulaire COL 4/2018 du 15 mars 2018",
         verification = verified
       ]).
source(csil_r_law,
       [ instrument   = csil_r_law,
         article      = "5",
         from         = date(2018,9,24),
         to           = open,
         reference    = "Loi du 30 juillet 2018 portant création de cellules de sécurité intégrale locales en matière de radicalisme, d'extrémisme et de terrorisme (MB 14 septembre 2018); C. const., arrêt n° 52/2021 du 1er avril 2021 (recours rejeté)",
         verification = verified
       ]).
source(veilige_huizen_decree,
       [ instrument   = veilige_huizen_decree,
         article      = "",
         from         = date(2024,3,29),
         to           = open,
         reference    = "Décret flamand du 29 mars 2024 relatif aux « Veilige Huizen » (casusoverleg au sens de l'art. 458ter)",
         verification = partial,
         note         = [ fr = "La date d'entrée en vigueur du décret n'est pas vérifiée: la date du décret est retenue.",
                          en = "The decree's entry into force is not verified: the decree's date is used." ]
       ]).
% --- Art. 422bis CP ------------------------------------------------------
source(cp_422bis,
       [ instrument   = code_penal,
         article      = "422bis",
         from         = date(1961,1,6),
         to           = open,
         reference    = "Code pénal, art. 422bis: emprisonnement de huit jours à un an et/ou amende de cinquante à cinq cents euros; jusqu'à deux ans si la personne exposée au péril est mineure ou vulnérable",
         verification = partial,
         note         = [ fr = "Le texte est vérifié; l'insertion de l'article par la loi du 6 janvier 1961 et les versions de la peine ne le sont pas.",
                          en = "The text is verified; the insertion of the article by the law of 6 January 1961 and the versions of its penalty are not." ]
       ]).
% --- Code d'instruction criminelle -------------------------------------
source(cic_29_doctrine,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Fédérations des CPAS (Brulocalis, 2017): l'art. 29 CIC ne lève pas le secret professionnel; le législateur a dû adopter l'art. 46bis/1, § 3",
         verification = partial
       ]).
source(youth_protection_purpose,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Cour de cassation (plusieurs arrêts cités par le rapport STICS, 2018): les investigations en matière de protection de la jeunesse ne peuvent servir à des fins pénales",
         verification = unverified,
         note         = [ fr = "Les références des arrêts ne sont pas identifiées.",
                          en = "The judgments are not identified." ]
       ]).
source(cic_29,
       [ instrument   = code_instruction_criminelle,
         article      = "29",
         from         = open,
         to           = open,
         reference    = "Code d'instruction criminelle, art. 29 (remplacé par l'art. 3 de la loi du 5 mai 2019, MB 24 mai 2019)",
         verification = partial,
         note         = [ fr = "Le texte de 2019 est vérifié; l'absence de sanction et son articulation avec l'art. 458 relèvent de la doctrine.",
                          en = "The 2019 text is verified; the absence of a sanction and its relation to art. 458 are doctrine." ]
       ]).
source(cic_46bis1_request,
       [ instrument   = code_instruction_criminelle,
         article      = "46bis/1, §§ 1er et 2",
         from         = date(2017,9,1),
         to           = open,
         reference    = "Code d'instruction criminelle, art. 46bis/1, §§ 1er et 2, inséré par l'art. 2 de la loi du 17 mai 2017 (MB 3 juillet 2017)",
         verification = verified
       ]).
source(cic_46bis1_declaration,
       [ instrument   = code_instruction_criminelle,
         article      = "46bis/1, § 3",
         from         = date(2017,9,1),
         to           = date(2019,4,4),
         reference    = "Code d'instruction criminelle, art. 46bis/1, § 3, inséré par l'art. 2 de la loi du 17 mai 2017 (MB 3 juillet 2017); annulé par C. const., arrêt n° 44/2019 du 14 mars 2019",
         verification = verified
       ]).
source(cc_44_2019,
       [ instrument   = constitutional_court,
         article      = "",
         from         = date(2019,4,4),
         to           = open,
         reference    = "C. const., arrêt n° 44/2019 du 14 mars 2019 (MB 4 avril 2019): annulation de l'art. 46bis/1, § 3, CIC",
         verification = verified,
         note         = [ fr = "Arrêt du 14 mars 2019, publié au Moniteur belge le 4 avril 2019: l'annulation vaut à l'égard de tous à partir de cette publication (loi spéciale du 6 janvier 1989, art. 9), avec effet rétroactif.",
                          en = "Judgment of 14 March 2019, published in the Moniteur belge on 4 April 2019: the annulment binds everyone from that publication (special law of 6 January 1989, art. 9), with retroactive effect." ]
       ]).
source(cic_46bis1_circular,
       [ instrument   = code_instruction_criminelle,
         article      = "46bis/1",
         from         = date(2017,9,1),
         to           = open,
         reference    = "Circulaire du ministre de l'Intégration sociale aux CPAS sur l'art. 46bis/1 CIC (lue par des sources secondaires)",
         verification = partial
       ]).
% --- Case law -------------------------------------------------------------
source(necessity,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "État de nécessité: Cass., 13 mai 1987, R.C.J.B., 1989, p. 588",
         verification = verified
       ]).
source(mandate,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Travail sous mandat: rapport à l'autorité mandante (Commission de déontologie de l'aide à la jeunesse, avis 99/08; code de déontologie de l'aide à la jeunesse, art. 7 et 12)",
         verification = verified
       ]).
source(followup_reports,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): rapports de suivi à l'assistant de justice pour les personnes sous conditions judiciaires (texte légal non identifié)",
         verification = unverified
       ]).
source(suspect_professional,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): le professionnel personnellement soupçonné ne peut opposer le secret à l'enquête (jurisprudence non identifiée)",
         verification = unverified
       ]).
source(seed_consultation_examples,
       [ instrument   = seed,
         article      = "",
         from         = date(2017,8,3),
         to           = date(2018,9,24),
         reference    = "Rapport STICS (2018): exemples de concertations de cas tirés de l'exposé des motifs de la loi du 6 juillet 2017",
         verification = verified
       ]).
source(seed_before_2017,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = date(2017,9,1),
         reference    = "Rapport STICS (2018): avant 2017, la levée du secret en matière de terrorisme ne reposait que sur l'état de nécessité",
         verification = verified
       ]).
% --- Codes of ethics (the deontological layer) --------------------------
source(ufas_art_3_1,
       [ instrument   = ufas_code,
         article      = "3.1",
         from         = open,
         to           = open,
         reference    = "Code de déontologie de l'UFAS (1985, édition 1997), art. 3.1: l'assistant social est un confident nécessaire tenu au secret professionnel",
         verification = verified,
         note         = [ fr = "Les autres articles du code de l'UFAS n'ont pas été lus; sa date d'adoption (1985) sert de repère, non de date de version.",
                          en = "The other articles of the UFAS code were not read; its adoption (1985) is a landmark, not a version date." ]
       ]).
source(ufas_seed_articles,
       [ instrument   = ufas_code,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Code de déontologie de l'UFAS, articles cités par le rapport STICS (2018): grande discrétion, respecter et faire respecter le secret; aucune tâche nuisant à l'indépendance; une attitude qui inspire confiance (numéros non identifiés)",
         verification = partial,
         note         = [ fr = "Le rapport cite ces articles sans leurs numéros.",
                          en = "The report quotes these articles without their numbers." ]
       ]).
source(ufas_scope,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): le code de l'UFAS s'applique quel que soit le cadre où s'exerce le travail de l'assistant social; les codes sectoriels n'y dérogent pas",
         verification = verified
       ]).
source(youth_aid_code_scope,
       [ instrument   = youth_aid_decree,
         article      = "4",
         from         = date(1991,3,4),
         to           = open,
         reference    = "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 4: le code de déontologie s'applique à tous les services",
         verification = verified
       ]).
source(youth_aid_code_art_6,
       [ instrument   = youth_aid_code,
         article      = "6",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse (arrêté du Gouvernement de la Communauté française du 15 mai 1997), art. 6: le secret professionnel",
         verification = partial,
         note         = [ fr = "Que l'arrêté du 15 mai 1997 ait adopté le code lui-même, et le texte de l'art. 6, ne sont vus que dans des sources secondaires.",
                          en = "That the order of 15 May 1997 adopted the code itself, and the text of art. 6, are seen only in secondary sources." ]
       ]).
source(youth_aid_code_art_7,
       [ instrument   = youth_aid_code,
         article      = "7, al. 1er",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse, art. 7, al. 1er: informations transmises aux seules personnes tenues au secret, lorsque les objectifs de l'aide l'exigent, le bénéficiaire informé au préalable (avis 31/01 de la Commission de déontologie)",
         verification = verified
       ]).
source(youth_aid_code_art_12,
       [ instrument   = youth_aid_code,
         article      = "12, al. 4",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse, art. 12, al. 4: collaboration lorsque l'intérêt du bénéficiaire l'exige, le bénéficiaire informé, discrétion, seuls les faits indispensables",
         verification = verified
       ]).
source(psychologists_code_art_14,
       [ instrument   = psychologists_code,
         article      = "14",
         from         = open,
         to           = open,
         reference    = "Code de déontologie des psychologues (arrêté royal du 2 avril 2014), art. 14: secret partagé à des conditions cumulatives (Commission des psychologues)",
         verification = partial,
         note         = [ fr = "La date de l'arrêté royal (2 avril 2014) n'est pas vérifiée.",
                          en = "The date of the royal decree (2 April 2014) is not verified." ]
       ]).
source(medical_code_secrecy,
       [ instrument   = medical_code,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Code de déontologie médicale (Conseil national de l'Ordre des médecins): le secret médical et son partage avec les autres soignants (articles non identifiés)",
         verification = unverified,
         note         = [ fr = "Ni la version du code ni ses articles n'ont été vérifiés.",
                          en = "Neither the code's version nor its articles were verified." ]
       ]).
source(psychologists_necessity,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Commission des psychologues, « État de nécessité »: le code admet la levée du secret en état de nécessité",
         verification = partial
       ]).
% --- The new Criminal Code --------------------------------------------------
source(new_criminal_code,
       [ instrument   = new_criminal_code,
         article      = "",
         from         = date(2026,4,8),
         to           = open,
         reference    = "Lois du 29 février 2024 introduisant le Livre Ier et le Livre II du Code pénal (MB 8 avril 2024), entrée en vigueur annoncée au 8 avril 2026",
         verification = unverified,
         note         = [ fr = "Que le nouveau Code soit entré en vigueur le 8 avril 2026 ou ait été reporté, et les nouveaux numéros des art. 458, 458bis, 458ter et 422bis, ne sont pas vérifiés.",
                          en = "Whether the new Code entered into force on 8 April 2026 or was postponed, and the new numbers of arts. 458, 458bis, 458ter and 422bis, are not verified." ]
       ]).

%!  instrument_renumbering(?Instrument, ?Article, ?NewReference, ?Status) is nondet.
%
%   Article of Instrument is (or may be) renumbered as NewReference by the
%   new Criminal Code (laws of 29 February 2024, MB 8 April 2024). Status
%   `unverified` means the new number is not established in our sources;
%   answers dated after the new Code's announced entry into force say so.
instrument_renumbering(code_penal, "458", unknown, unverified).
instrument_renumbering(code_penal, "458bis", unknown, unverified).
instrument_renumbering(code_penal, "458ter", unknown, unverified).
instrument_renumbering(code_penal, "422bis", unknown, unverified).
