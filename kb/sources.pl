:- module(sources,
          [ source/6,                % ?Id, ?Instrument, ?Article, ?Version, ?Reference, ?Verification
            source_note/3,           % ?Id, ?Lang, ?Note
            instrument_renumbering/4,% ?Instrument, ?Article, ?NewReference, ?Status
            verification/1,          % ?Verification
            entry_into_force/2,      % ?Instrument, ?Date
            instrument_url/2         % ?Instrument, ?Url
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

%!  entry_into_force(?Instrument, ?Date) is nondet.
%
%   Instrument took effect on Date. Held once: the source blocks write
%   `from = entry_into_force(I)` or `to = entry_into_force(I)`, so that a
%   postponement found later is one edit here.

entry_into_force(code_penal_2024, date(2026,9,1)).

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
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal du 8 juin 1867, art. 458 (texte en vigueur)",
         verification = verified,
         note         = [ fr = "Le rapport (2018) cite aussi les avocats et les infirmiers parmi les professions visées par l'art. 458; le texte ne nomme que médecins, chirurgiens, officiers de santé, pharmaciens et sages-femmes, les autres relevant de la clause générale.",
                          en = "The 2018 report also lists lawyers and nurses among the professions art. 458 names; the text names only doctors, surgeons, health officers, pharmacists and midwives, the others falling under the general clause.",
                          nl = "Het rapport (2018) noemt ook de advocaten en de verpleegkundigen onder de beroepen bedoeld in art. 458; de tekst noemt alleen geneesheren, heelkundigen, officieren van gezondheid, apothekers en vroedvrouwen, de anderen vallen onder de algemene clausule." ]
       ]).
source(cp_458_parliamentary_inquiry,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(1996,7,26),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458, mots « ou devant une commission d'enquête parlementaire », ajoutés par la loi du 30 juin 1996, art. 10 (en vigueur le 26 juillet 1996)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise (style Justel, officieuse): « <W 1996-06-30/34, art. 10; Inwerkingtreding : 26-07-1996> ». Nos sources antérieures parlaient à tort d'une loi du 30 mai 1996.",
                          en = "Read in the (unofficial, Justel-style) Dutch coordination: \"<W 1996-06-30/34, art. 10; Inwerkingtreding : 26-07-1996>\". Our earlier sources wrongly spoke of a law of 30 May 1996.",
                          nl = "Gelezen in de (officieuze, Justel-achtige) Nederlandse coördinatie: \"<W 1996-06-30/34, art. 10; Inwerkingtreding : 26-07-1996>\". Onze vroegere bronnen spraken ten onrechte van een wet van 30 mei 1996." ]
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
                          en = "The exact wording of art. 50 was read only in a secondary source.",
                          nl = "De precieze tekst van art. 50 werd alleen in een secundaire bron gelezen." ]
       ]).
source(youth_aid_decree_art_57,
       [ instrument   = youth_aid_decree,
         article      = "57",
         from         = date(1991,3,4),
         to           = date(2019,1,1),
         reference    = "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 57; repris par le Code du 18 janvier 2018 (article non vérifié)",
         verification = partial,
         note         = [ fr = "L'article du Code du 18 janvier 2018 qui reprend l'art. 57 et sa date d'entrée en vigueur ne sont pas vérifiés.",
                          en = "The article of the Code of 18 January 2018 that took over art. 57, and its entry into force, are not verified.",
                          nl = "Het artikel van het Wetboek van 18 januari 2018 dat art. 57 overneemt, en de datum van inwerkingtreding ervan, zijn niet nagegaan." ]
       ]).
source(seed_pms_staff,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): les membres du personnel des CPMS sont tenus au secret par une loi particulière (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified.",
                          nl = "Het rapport stelt het zonder de wet te noemen; na te gaan." ]
       ]).
source(seed_moral_counsellors,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): les conseillers moraux sont tenus au secret par une loi particulière (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified.",
                          nl = "Het rapport stelt het zonder de wet te noemen; na te gaan." ]
       ]).
source(seed_police,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Rapport STICS (2018): le policier est lui aussi tenu au secret professionnel (texte non identifié)",
         verification = unverified,
         note         = [ fr = "Le rapport l'affirme sans citer la loi; à vérifier.",
                          en = "The report says so without citing the law; to be verified.",
                          nl = "Het rapport stelt het zonder de wet te noemen; na te gaan." ]
       ]).
source(seed_report,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = open,
         reference    = "STICS asbl, compte rendu d'une matinée d'étude sur le secret professionnel (vers 2018), exposé de L. Nouwynck",
         verification = verified
       ]).
source(secret_scope,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Ce que couvre le secret (art. 458 du Code de 1867, art. 352 du Code de 2024: « les secrets qu'on leur confie »): selon la doctrine reprise par le rapport STICS (2018), tout ce qui est appris dans l'exercice de la profession, y compris le simple fait qu'une personne est suivie, et les dossiers",
         verification = partial,
         note         = [ fr = "Le texte parle des secrets confiés; l'étendue à tout ce qui est appris dans l'exercice de la profession est la lecture de la doctrine (voir aussi Bruxelles, 20 décembre 1988, plus restrictive).",
                          en = "The text speaks of secrets confided; extending it to everything learned in the exercise of the profession is the doctrine's reading (see also Brussels, 20 December 1988, narrower).",
                          nl = "De tekst spreekt van toevertrouwde geheimen; de uitbreiding tot alles wat in de uitoefening van het beroep vernomen wordt, is de lezing van de rechtsleer (zie ook Brussel, 20 december 1988, enger)." ]
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
         verification = verified,
         note         = [ fr = "Les conditions encodées (accord de la personne, même mission...) sont celles de l'art. 14 du code des psychologues, appliquées ici à tout professionnel et à tout cadre: c'est une lecture. Que les trois principaux codes l'admettent n'a pas été revérifié.",
                          nl = "De gecodeerde voorwaarden (akkoord van de betrokkene, eenzelfde opdracht ...) zijn die van art. 14 van de code van de psychologen, hier op elke beroepsbeoefenaar en elke context toegepast: het is een lezing. Dat de drie belangrijkste codes het aanvaarden, werd niet opnieuw nagegaan.",
                          en = "The conditions encoded (the person's agreement, the same mission ...) are those of art. 14 of the psychologists' code, applied here to every professional and setting: a reading. That the three main codes admit it was not re-checked." ]
       ]).
source(youth_aid_shared_secret,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Commission de déontologie de l'aide à la jeunesse, avis 99/08 (conditions du secret professionnel partagé: « 1° l'obligation pour le dépositaire du secret d'aviser le maître du secret, en l'occurrence, le bénéficiaire de l'aide, et, le cas échéant, ses représentants légaux ») et avis 31/01 (code, art. 7, al. 1er, et art. 12, al. 4)",
         verification = partial,
         note         = [ fr = "Seule la première condition de l'avis 99/08 a été lue (aidealajeunesse.cfwb.be): la personne doit être avertie, son accord n'est pas exigé. Les autres conditions (destinataire tenu au secret, même mission, nécessité) sont reprises de l'art. 7, al. 1er, du code et de la construction générale.",
                          nl = "Alleen de eerste voorwaarde van advies 99/08 werd gelezen (aidealajeunesse.cfwb.be): de betrokkene moet ingelicht worden, zijn akkoord is niet vereist. De andere voorwaarden (ontvanger gebonden door het beroepsgeheim, eenzelfde opdracht, noodzaak) zijn overgenomen uit art. 7, eerste lid, van de code en uit het algemene leerstuk.",
                          en = "Only the first condition of opinion 99/08 was read (aidealajeunesse.cfwb.be): the person must be told, their agreement is not required. The other conditions (recipient bound by secrecy, same mission, necessity) are taken from art. 7 para. 1 of the code and the general construction." ]
       ]).
source(shared_secret_team,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Commission des psychologues, « Samenwerking rond een cliënt » (mise à jour le 9 mai 2019): l'échange dans une équipe multidisciplinaire relève des exceptions au secret, avec « het belang van goede afspraken bij teamvergaderingen »; art. 14 du code des psychologues (« eenzelfde opdracht »)",
         verification = partial,
         note         = [ fr = "Seuls le cas exposé et le plan de la page ont été lus: que l'équipe qui suit la personne partage la même mission est la lecture du contrat (same_team implique same_mission); les autres conditions du secret partagé restent exigées.",
                          nl = "Alleen de casus en de inhoudstafel van de pagina werden gelezen: dat het team dat de betrokkene begeleidt eenzelfde opdracht deelt, is de lezing van het contract (same_team houdt same_mission in); de andere voorwaarden van het gedeeld beroepsgeheim blijven vereist.",
                          en = "Only the case and the outline of the page were read: that the team working with the person shares the same mission is the contract's reading (same_team implies same_mission); the other conditions of shared secrecy are still required." ]
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
                          en = "That the penalty was raised by the law of 6 July 2017, and on which date, is seen only in a secondary source.",
                          nl = "Dat de straf door de wet van 6 juli 2017 werd verhoogd, en op welke datum, is alleen in een secundaire bron gezien." ]
       ]).
source(cp_458_penalty_2017,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(2017,8,3),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458, peine modifiée par la loi du 6 juillet 2017 (« pot-pourri V »): emprisonnement d'un an à trois ans et/ou amende de cent à mille euros",
         verification = partial,
         note         = [ fr = "La loi qui a relevé la peine n'est vue que dans une source secondaire; l'amende est majorée des décimes additionnels (non vérifié).",
                          en = "The law that raised the penalty is seen only in a secondary source; the fine is multiplied by the surcharges (décimes additionnels, unverified).",
                          nl = "De wet die de straf heeft verhoogd, is alleen in een secundaire bron gezien; de geldboete wordt verhoogd met de opdeciemen (niet nagegaan)." ]
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
                          en = "Entry into force (27 March 2001) seen in a secondary source.",
                          nl = "Datum van inwerkingtreding (27 maart 2001) gezien in een secundaire bron." ]
       ]).
source(cp_458bis_2012,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,1,30),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458bis, remplacé par l'art. 6 de la loi du 30 novembre 2011 (MB 20 janvier 2012)",
         verification = partial,
         note         = [ fr = "Le texte est vérifié; sa date d'entrée en vigueur ne l'est pas: le 30 janvier 2012 (dix jours après la publication) est retenu, une source secondaire donne le jour de la publication (20 janvier 2012). Entre ces deux dates, la réponse peut citer la version de 2001.",
                          en = "The text is verified; its date of entry into force is not: 30 January 2012 (ten days after publication) is used, a secondary source gives the day of publication (20 January 2012). Between those two dates the answer may cite the 2001 version.",
                          nl = "De tekst is geverifieerd, de datum van inwerkingtreding niet: 30 januari 2012 (tien dagen na de bekendmaking) wordt aangehouden, een secundaire bron geeft de dag van bekendmaking (20 januari 2012). Tussen die twee data kan het antwoord de versie van 2001 aanhalen." ]
       ]).
source(cp_458bis_partner_violence,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,4,5),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458bis, mot « partnergeweld / violence entre partenaires » ajouté par la loi du 23 février 2012 (MB 26 mars 2012, numac 2012009107)",
         verification = unverified,
         note         = [ fr = "La loi et sa publication au Moniteur sont vérifiées; sa date d'entrée en vigueur ne l'est pas: faute de clause connue, c'est celle de la règle générale, le dixième jour après la publication (5 avril 2012), et non le jour de la publication que nos sources retenaient.",
                          en = "The law and its publication in the Moniteur are verified; its entry into force is not: with no clause of its own known, it is the general rule's, the tenth day after publication (5 April 2012), not the day of publication our sources used.",
                          nl = "De wet en haar bekendmaking in het Belgisch Staatsblad zijn nagegaan; haar inwerkingtreding niet: bij gebrek aan een gekende eigen bepaling geldt de algemene regel, de tiende dag na de bekendmaking (5 april 2012), en niet de dag van de bekendmaking die onze bronnen aanhielden." ]
       ]).
source(cc_127_2013,
       [ instrument   = constitutional_court,
         article      = "",
         from         = date(2013,9,26),
         to           = open,
         reference    = "C. const., arrêt n° 127/2013 du 26 septembre 2013 (annulation partielle de l'art. 6 de la loi du 30 novembre 2011, à l'égard des avocats)",
         verification = partial,
         note         = [ fr = "Un arrêt d'annulation n'a d'effet erga omnes qu'à sa publication au Moniteur belge (loi spéciale du 6 janvier 1989, art. 9); la date de publication de cet arrêt n'est pas vérifiée: la date de l'arrêt est retenue.",
                          en = "An annulment binds everyone only from its publication in the Moniteur belge (special law of 6 January 1989, art. 9); this judgment's publication date is not verified: the judgment's date is used.",
                          nl = "Een vernietigingsarrest heeft pas werking erga omnes vanaf de bekendmaking ervan in het Belgisch Staatsblad (bijzondere wet van 6 januari 1989, art. 9); de datum van bekendmaking van dit arrest is niet nagegaan: de datum van het arrest wordt aangehouden." ]
       ]).
source(cc_163_2013,
       [ instrument   = constitutional_court,
         article      = "",
         from         = date(2014,3,12),
         to           = open,
         reference    = "C. const., arrêt n° 163/2013 du 5 décembre 2013, rôle n° 5486 (recours de l'Orde van Vlaamse balies en annulation de l'art. 2 de la loi du 23 février 2012 modifiant l'art. 458bis du Code pénal), MB 12 mars 2014, numac 2013206889",
         verification = unverified,
         note         = [ fr = "L'existence de l'arrêt, son objet et sa publication sont lus (etaamb); son dispositif ne l'est pas: la base ne sait pas si l'extension de l'art. 458bis à la violence entre partenaires a été annulée ou interprétée à l'égard des avocats, et ne l'encode donc pas.",
                          en = "The judgment's existence, subject and publication are read (etaamb); its operative part is not: the knowledge base does not know whether the extension of art. 458bis to partner violence was annulled or read down for lawyers, and so does not encode it.",
                          nl = "Het bestaan van het arrest, het voorwerp en de bekendmaking ervan zijn gelezen (etaamb); het beschikkend gedeelte niet: de kennisbank weet niet of de uitbreiding van art. 458bis tot partnergeweld ten aanzien van advocaten vernietigd of beperkend uitgelegd werd, en codeert ze dus niet." ]
       ]).
% --- Art. 458ter CP ------------------------------------------------------
source(cp_458ter,
       [ instrument   = code_penal,
         article      = "458ter",
         from         = date(2017,8,3),
         to           = entry_into_force(code_penal_2024),
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
         reference    = "Decreet van 29 maart 2024 tot oprichting en regeling van de Veilige Huizen (numac 2024003315): décret flamand relatif aux « Veilige Huizen » (casusoverleg au sens de l'art. 458ter)",
         verification = partial,
         note         = [ fr = "La date d'entrée en vigueur du décret n'est pas vérifiée: la date du décret est retenue.",
                          en = "The decree's entry into force is not verified: the decree's date is used.",
                          nl = "De datum van inwerkingtreding van het decreet is niet nagegaan: de datum van het decreet wordt aangehouden." ]
       ]).
% --- Art. 422bis CP ------------------------------------------------------
source(cp_422bis,
       [ instrument   = code_penal,
         article      = "422bis",
         from         = date(1961,1,6),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 422bis: emprisonnement de huit jours à un an et/ou amende de cinquante à cinq cents euros; jusqu'à deux ans si la personne exposée au péril est mineure ou vulnérable",
         verification = partial,
         note         = [ fr = "Le texte est vérifié; l'insertion de l'article par la loi du 6 janvier 1961 et les versions de la peine ne le sont pas.",
                          en = "The text is verified; the insertion of the article by the law of 6 January 1961 and the versions of its penalty are not.",
                          nl = "De tekst is nagegaan; de invoeging van het artikel door de wet van 6 januari 1961 en de versies van de straf niet." ]
       ]).
% --- Art. 458 CP: "where the law obliges them", by version ---------------
source(cp_458_law_obliges_1867,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(1867,6,8),
         to           = date(2017,8,3),
         reference    = "Code pénal, art. 458, « et celui où la loi les oblige à faire connaître ces secrets » (texte antérieur à la loi du 6 juillet 2017)",
         verification = partial,
         note         = [ fr = "Le texte antérieur à 2017 n'est lu que dans des sources secondaires (B. Lhoest, 2008): seule « la loi » qui « oblige » y levait le secret; ni un décret, ni une ordonnance, ni une simple autorisation.",
                          en = "The text before 2017 is read only in secondary sources (B. Lhoest, 2008): only \"the law\" that \"obliges\" lifted secrecy; not a decree, an ordinance or a mere authorisation.",
                          nl = "De tekst van vóór 2017 is enkel in secundaire bronnen gelezen (B. Lhoest, 2008): alleen \"de wet\" die \"verplicht\" hief het geheim op; geen decreet, ordonnantie of loutere toelating." ]
       ]).
source(cp_458_law_obliges_2017,
       [ instrument   = code_penal,
         article      = "458",
         from         = date(2017,8,3),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458, « celui où la loi, le décret ou l'ordonnance les oblige ou les autorise à faire connaître ces secrets » (loi du 6 juillet 2017, art. 312, en vigueur le 3 août 2017)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse: la loi du 6 juillet 2017 (art. 312) a ajouté « le décret ou l'ordonnance » et « ou les autorise », avec la nouvelle peine.",
                          en = "Read in the unofficial Dutch coordination: the law of 6 July 2017 (art. 312) added \"the decree or the ordinance\" and \"or allows\", with the new penalty.",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie: de wet van 6 juli 2017 (art. 312) voegde \"het decreet of de ordonnantie\" en \"of toelaat\" toe, samen met de nieuwe straf." ]
       ]).

% --- Art. 458bis CP: the grounds and the listed offences, by version ------
source(cp_458bis_before_partner_ground,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,1,30),
         to           = date(2012,4,5),
         reference    = "Code pénal, art. 458bis, remplacé par la loi du 30 novembre 2011 (art. 6), avant l'ajout de la violence entre partenaires par la loi du 23 février 2012",
         verification = unverified,
         note         = [ fr = "La fin de cette version dépend de l'entrée en vigueur, non vérifiée, de la loi du 23 février 2012 (voir cette source).",
                          en = "The end of this version hangs on the unverified entry into force of the law of 23 February 2012 (see that source).",
                          nl = "Het einde van deze versie hangt af van de niet nagegane inwerkingtreding van de wet van 23 februari 2012 (zie die bron)." ]
       ]).
source(cp_458bis_honour_ground,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = open,
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458bis, mots « gebruiken van geweld, gepleegd omwille van culturele drijfveren, gewoontes, tradities, religie of de zogenaamde \"eer\" » (coordination néerlandaise officieuse)",
         verification = unverified,
         note         = [ fr = "Ce motif de vulnérabilité figure dans le texte coordonné de l'art. 458bis; la loi qui l'a ajouté et sa date ne sont pas identifiées. Avant cette date, il ne valait pas.",
                          en = "This ground of vulnerability is in the coordinated text of art. 458bis; the law that added it and its date are not identified. Before that date it did not hold.",
                          nl = "Deze grond van kwetsbaarheid staat in de gecoördineerde tekst van art. 458bis; de wet die hem toevoegde en haar datum zijn niet geïdentificeerd. Vóór die datum gold hij niet." ]
       ]).
source(cp_458bis_offences_2012,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2012,1,30),
         to           = date(2022,6,1),
         reference    = "Code pénal, art. 458bis: infractions visées (liste reprise par la circulaire COL 4/2018)",
         verification = partial
       ]).
source(cp_458bis_offences_2022,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2022,6,1),
         to           = date(2023,10,28),
         reference    = "Code pénal, art. 458bis: infractions visées, renumérotées par la réforme du droit pénal sexuel (loi du 21 mars 2022, en vigueur le 1er juin 2022): art. 417/7 à 417/22, 417/24 à 417/38, 417/44 à 417/47, 417/56, 433quater/1 et 433quater/4, 392 à 394, 396 à 405ter, 409, 423, 425, 426 et 433quinquies",
         verification = partial,
         note         = [ fr = "La note de bas de page de l'art. 458bis n'est pas lue: que cette liste date de la loi du 21 mars 2022 se déduit de la numérotation 417/x, en vigueur le 1er juin 2022.",
                          en = "The footnote of art. 458bis is not read: that this list dates from the law of 21 March 2022 is inferred from the 417/x numbering, in force on 1 June 2022.",
                          nl = "De voetnoot bij art. 458bis is niet gelezen: dat deze lijst dateert van de wet van 21 maart 2022 wordt afgeleid uit de nummering 417/x, in werking op 1 juni 2022." ]
       ]).
source(cp_458bis_offences_2023,
       [ instrument   = code_penal,
         article      = "458bis",
         from         = date(2023,10,28),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458bis: infractions visées, plus les pratiques de conversion (art. 442quinquies à 442nonies, insérés par la loi du 31 juillet 2023, en vigueur le 28 octobre 2023)",
         verification = partial,
         note         = [ fr = "Déduit des articles insérés (en vigueur le 28 octobre 2023); la note de bas de page de l'art. 458bis elle-même n'est pas lue.",
                          en = "Inferred from the articles inserted (in force on 28 October 2023); the footnote of art. 458bis itself is not read.",
                          nl = "Afgeleid uit de ingevoegde artikelen (in werking op 28 oktober 2023); de voetnoot bij art. 458bis zelf is niet gelezen." ]
       ]).

% --- Art. 458quater CP (2017-2026) ---------------------------------------
source(cp_458quater,
       [ instrument   = code_penal,
         article      = "458quater",
         from         = date(2017,8,3),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code pénal, art. 458quater, inséré par la loi du 6 juillet 2017, art. 314 (en vigueur le 3 août 2017)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse; le texte français n'est pas lu.",
                          en = "Read in the unofficial Dutch coordination; the French text is not read.",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie; de Franse tekst is niet gelezen." ]
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
                          en = "The judgments are not identified.",
                          nl = "De referenties van de arresten zijn niet achterhaald." ]
       ]).
source(cic_29,
       [ instrument   = code_instruction_criminelle,
         article      = "29",
         from         = open,
         to           = open,
         reference    = "Code d'instruction criminelle, art. 29 (remplacé par l'art. 3 de la loi du 5 mai 2019, MB 24 mai 2019)",
         verification = partial,
         note         = [ fr = "Le texte de 2019 est vérifié; l'absence de sanction et son articulation avec l'art. 458 relèvent de la doctrine.",
                          en = "The 2019 text is verified; the absence of a sanction and its relation to art. 458 are doctrine.",
                          nl = "De tekst van 2019 is nagegaan; het ontbreken van een sanctie en de verhouding tot art. 458 behoren tot de rechtsleer." ]
       ]).
source(cic_46bis1_request,
       [ instrument   = code_instruction_criminelle,
         article      = "46bis/1, §§ 1er et 2",
         from         = date(2017,9,1),
         to           = open,
         reference    = "Code d'instruction criminelle, art. 46bis/1, §§ 1er et 2, inséré par l'art. 2 de la loi du 17 mai 2017 (MB 3 juillet 2017)",
         verification = verified
       ]).
source(cic_46bis1_fine,
       [ instrument   = code_instruction_criminelle,
         article      = "46bis/1, § 2",
         from         = date(2017,9,1),
         to           = entry_into_force(code_penal_2024),
         reference    = "Code d'instruction criminelle, art. 46bis/1, § 2, dernier alinéa: le refus de collaborer puni d'une amende de 26 à 10.000 euros (inséré par la loi du 17 mai 2017, modifié par la loi du 6 décembre 2022)",
         verification = partial,
         note         = [ fr = "La loi du Livre II du Code de 2024 (art. 118, 2°, d) abroge cet alinéa « modifié par la loi du 6 décembre 2022 »: la teneur de cette modification n'est pas vérifiée; le montant de l'amende peut avoir changé depuis fin 2022.",
                          en = "The Book II law of the 2024 Code (art. 118, 2°, d) repeals this paragraph \"as amended by the law of 6 December 2022\": what that amendment changed is not verified; the amount of the fine may have changed since late 2022.",
                          nl = "De wet van Boek II van het Strafwetboek van 2024 (art. 118, 2°, d) heft dit lid op, \"gewijzigd bij de wet van 6 december 2022\": wat die wijziging inhield is niet nagegaan; het bedrag van de geldboete kan sinds eind 2022 gewijzigd zijn." ]
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
                          en = "Judgment of 14 March 2019, published in the Moniteur belge on 4 April 2019: the annulment binds everyone from that publication (special law of 6 January 1989, art. 9), with retroactive effect.",
                          nl = "Arrest van 14 maart 2019, bekendgemaakt in het Belgisch Staatsblad op 4 april 2019: de vernietiging geldt ten aanzien van iedereen vanaf die bekendmaking (bijzondere wet van 6 januari 1989, art. 9), met terugwerkende kracht." ]
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
         to           = entry_into_force(code_penal_2024),
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
%
% UFAS code (1985, edition 1997). UFAS was dissolved in 2024; its code stayed
% the profession's reference until a successor existed. READING: the UFAS
% code stops applying on 2025-09-12, the date of the first version of its
% successor (the French-speaking "Code de déontologie des travailleurs
% sociaux"), not on UFAS's dissolution (date not found): until then the
% profession had no other code (guidesocial.be: "le code de référence
% jusqu'alors dit « code de l'UFAS »").
source(ufas_art_3_1,
       [ instrument   = ufas_code,
         article      = "3.1",
         from         = open,
         to           = date(2025,9,12),
         reference    = "Code de déontologie de l'UFAS (1985, édition 1997), art. 3.1: l'assistant social est un confident nécessaire tenu au secret professionnel",
         verification = partial,
         note         = [ fr = "Art. 3.1 lu seulement dans une citation (pdfprof.com, document sur les centres PMS). Fin retenue (lecture): le 12 septembre 2025, première version du code qui lui succède; l'UFAS a disparu en 2024 (mediationdedettes.be, guidesocial.be), à une date non trouvée.",
                          nl = "Art. 3.1 alleen in een citaat gelezen (pdfprof.com, document over de PMS-centra). Aangenomen einde (lezing): 12 september 2025, eerste versie van de code die hem opvolgt; de UFAS is in 2024 verdwenen (mediationdedettes.be, guidesocial.be), op een niet gevonden datum.",
                          en = "Art. 3.1 read only in a quotation (pdfprof.com, a document on PMS centres). End adopted (a reading): 12 September 2025, the first version of its successor code; UFAS disappeared in 2024 (mediationdedettes.be, guidesocial.be), on a date not found." ]
       ]).
source(ufas_seed_articles,
       [ instrument   = ufas_code,
         article      = "",
         from         = open,
         to           = date(2025,9,12),
         reference    = "Code de déontologie de l'UFAS, articles cités par le rapport STICS (2018): grande discrétion, respecter et faire respecter le secret; aucune tâche nuisant à l'indépendance; une attitude qui inspire confiance (numéros non identifiés)",
         verification = partial,
         note         = [ fr = "Le rapport cite ces articles sans leurs numéros. Fin retenue (lecture): le 12 septembre 2025, comme pour l'art. 3.1.",
                          nl = "Het rapport citeert deze artikelen zonder hun nummers. Aangenomen einde (lezing): 12 september 2025, zoals voor art. 3.1.",
                          en = "The report quotes these articles without their numbers. End adopted (a reading): 12 September 2025, as for art. 3.1." ]
       ]).
source(ufas_scope,
       [ instrument   = seed,
         article      = "",
         from         = open,
         to           = date(2025,9,12),
         reference    = "Rapport STICS (2018): le code de l'UFAS s'applique quel que soit le cadre où s'exerce le travail de l'assistant social; les codes sectoriels n'y dérogent pas",
         verification = partial,
         note         = [ fr = "Aucune copie du rapport STICS n'a été retrouvée. Fin retenue (lecture): le 12 septembre 2025, première version du code des travailleurs sociaux qui succède au code de l'UFAS.",
                          nl = "Er is geen kopie van het STICS-rapport teruggevonden. Aangenomen einde (lezing): 12 september 2025, eerste versie van de code voor sociaal werkers die de UFAS-code opvolgt.",
                          en = "No copy of the STICS report was found. End adopted (a reading): 12 September 2025, the first version of the social workers' code that succeeds the UFAS code." ]
       ]).
% The French-speaking social workers' code of 2025 (CVTS and others). Its
% text was not found: its scope is described by two news pages, its
% secrecy article only said to exist.
source(social_workers_code_2025_scope,
       [ instrument   = social_workers_code,
         article      = "",
         from         = date(2025,9,12),
         to           = open,
         reference    = "Code de déontologie des travailleurs sociaux (« des Assistant·es sociaux·les et du travail social »), première version du 12 septembre 2025, présentée le 17 octobre 2025 (Comité de vigilance en travail social et autres): s'applique aux assistants sociaux diplômés (loi du 12 juin 1945) et à tous les travailleurs sociaux exerçant des missions similaires (mediationdedettes.be; droitsquotidiens.be; pro.guidesocial.be)",
         verification = partial,
         note         = [ fr = "Champ d'application et dates lus dans trois pages d'information, non dans le code lui-même (publié sur le site du CVTS, non consulté). C'est un code professionnel francophone sans assise légale ni organe disciplinaire connus.",
                          nl = "Toepassingsgebied en data gelezen op drie nieuwspagina's, niet in de code zelf (gepubliceerd op de website van het CVTS, niet geraadpleegd). Het is een Franstalige beroepscode zonder gekende wettelijke grondslag of tuchtorgaan.",
                          en = "Scope and dates read on three news pages, not in the code itself (published on the CVTS website, not consulted). It is a French-speaking professional code with no known statutory basis or disciplinary body." ]
       ]).
source(social_workers_code_2025_secrecy,
       [ instrument   = social_workers_code,
         article      = "",
         from         = date(2025,9,12),
         to           = open,
         reference    = "Code de déontologie des travailleurs sociaux (2025): « l'article concernant le secret professionnel » (droitsquotidiens.be); son numéro et son texte n'ont pas été trouvés; les rédacteurs disent avoir « gardé les bases déjà solides du précédent code » (pro.guidesocial.be)",
         verification = unverified,
         note         = [ fr = "Texte de l'article non trouvé: le devoir de secret et le partage sont repris du code de l'UFAS, sur la foi de ce que disent les rédacteurs; à vérifier dans le code.",
                          nl = "Tekst van het artikel niet gevonden: de geheimhoudingsplicht en het delen zijn overgenomen uit de UFAS-code, op grond van wat de opstellers zeggen; na te gaan in de code zelf.",
                          en = "Text of the article not found: the duty of secrecy and the sharing are taken over from the UFAS code, on the drafters' word; to be checked in the code itself." ]
       ]).
% Youth aid. The code (AGCF of 15 May 1997) applied to every service under
% art. 4 of the decree of 4 March 1991, which the Code of 18 January 2018
% replaced on 2019-01-01 (Book V on 2019-05-01).
source(youth_aid_code_scope,
       [ instrument   = youth_aid_decree,
         article      = "4",
         from         = date(1991,3,4),
         to           = date(2019,1,1),
         reference    = "Décret du 4 mars 1991 relatif à l'aide à la jeunesse, art. 4: le code de déontologie s'applique à tous les services",
         verification = verified,
         note         = [ fr = "Le décret a cédé la place au Code du 18 janvier 2018 le 1er janvier 2019 (livre V le 1er mai 2019: pro.guidesocial.be, réponse parlementaire du 22 janvier 2019). La disposition abrogatoire n'a pas été lue.",
                          nl = "Het decreet werd op 1 januari 2019 vervangen door het Wetboek van 18 januari 2018 (boek V op 1 mei 2019: pro.guidesocial.be, parlementair antwoord van 22 januari 2019). De opheffingsbepaling werd niet gelezen.",
                          en = "The decree gave way to the Code of 18 January 2018 on 1 January 2019 (Book V on 1 May 2019: pro.guidesocial.be, parliamentary answer of 22 January 2019). The repealing provision was not read." ]
       ]).
source(youth_aid_code_scope_2019,
       [ instrument   = french_community_youth_code,
         article      = "",
         from         = date(2019,1,1),
         to           = open,
         reference    = "Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse (décret du 18 janvier 2018), en vigueur le 1er janvier 2019: l'article qui étend le code de déontologie à tous les services (successeur de l'art. 4 du décret de 1991) n'a pas été trouvé",
         verification = unverified,
         note         = [ fr = "Que le code de 1997 s'applique toujours à tous les services n'est pas vérifié: la Commission de déontologie existe toujours, sous le nom de « Commission de déontologie de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse » (avis du 15 janvier 2020, liguedh.be); ni l'article du Code de 2018 ni un éventuel nouveau code n'ont été trouvés.",
                          nl = "Dat de code van 1997 nog op alle diensten van toepassing is, is niet nagegaan: de deontologische commissie bestaat nog, als « Commission de déontologie de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse » (advies van 15 januari 2020, liguedh.be); noch het artikel van het Wetboek van 2018, noch een eventuele nieuwe code werd gevonden.",
                          en = "That the 1997 code still applies to every service is not verified: the ethics commission still exists, as the « Commission de déontologie de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse » (opinion of 15 January 2020, liguedh.be); neither the article of the 2018 Code nor any new code was found." ]
       ]).
source(youth_aid_code_art_6,
       [ instrument   = youth_aid_code,
         article      = "6",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse (arrêté du Gouvernement de la Communauté française du 15 mai 1997), art. 6, invoqué pour le secret professionnel par la demanderesse de l'avis 88/07 (la Commission, elle, fonde le secret sur l'art. 57 du décret de 1991)",
         verification = unverified,
         note         = [ fr = "Correction: aucune règle ne cite plus l'art. 6. Dans l'avis 66/05, la Commission de déontologie place la règle du secret à l'art. 7; le texte de l'art. 6 n'a pas été lu.",
                          nl = "Correctie: geen enkele regel citeert nog art. 6. In advies 66/05 plaatst de deontologische commissie de regel van het beroepsgeheim in art. 7; de tekst van art. 6 werd niet gelezen.",
                          en = "Correction: no rule cites art. 6 any more. In opinion 66/05 the ethics commission places the secrecy rule in art. 7; the text of art. 6 was not read." ]
       ]).
source(youth_aid_code_art_7_secrecy,
       [ instrument   = youth_aid_code,
         article      = "7",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse, art. 7: « l'intervenant [...] est tenu au secret de ce qu'il a pu apprendre » (Commission de déontologie, avis 66/05, qui renvoie aux art. 7, 11 et 12)",
         verification = partial,
         note         = [ fr = "L'article est lu à travers l'avis 66/05 (aidealajeunesse.cfwb.be), non dans le texte du code.",
                          nl = "Het artikel is gelezen via advies 66/05 (aidealajeunesse.cfwb.be), niet in de tekst van de code.",
                          en = "The article is read through opinion 66/05 (aidealajeunesse.cfwb.be), not in the code's text." ]
       ]).
source(youth_aid_code_art_7,
       [ instrument   = youth_aid_code,
         article      = "7, al. 1er",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse, art. 7, al. 1er: les renseignements relatifs au bénéficiaire ne peuvent être transmis « qu'à des personnes tenues au secret professionnel, si cette communication est rendue nécessaire par les objectifs de l'aide dispensée et si elle est portée préalablement à la connaissance du bénéficiaire » (cité par l'avis 31/01 de la Commission de déontologie)",
         verification = verified
       ]).
source(youth_aid_code_art_12,
       [ instrument   = youth_aid_code,
         article      = "12, al. 4",
         from         = date(1997,5,15),
         to           = open,
         reference    = "Code de déontologie de l'aide à la jeunesse, art. 12, al. 4: « l'intervenant peut coopérer avec d'autres personnes ou services chaque fois que l'intérêt du bénéficiaire l'exige. Cette collaboration doit être portée à la connaissance du bénéficiaire [...] et n'autorise que l'échange de faits et d'informations indispensables à la prise en charge » (cité par l'avis 31/01)",
         verification = verified
       ]).
% Psychologists: RD of 2 April 2014 (MB 16 May 2014), amended by the RD of
% 4 June 2018 (MB 14 June 2018).
source(psychologists_code_art_14,
       [ instrument   = psychologists_code,
         article      = "14",
         from         = date(2014,5,26),
         to           = open,
         reference    = "Code de déontologie des psychologues (arrêté royal du 2 avril 2014, MB 16 mai 2014), art. 14: secret partagé à des conditions cumulatives; non abrogé par l'arrêté royal du 4 juin 2018",
         verification = partial,
         note         = [ fr = "Texte de l'art. 14 lu sur le site de la Commission des psychologues (page « gedeeld beroepsgeheim », mise à jour le 20 juin 2023); arrêté du 2 avril 2014 vu sur etaamb (numac 2014011259). L'entrée en vigueur du 26 mai 2014 (dix jours après la publication) vient du contrôle des sources, non relue.",
                          nl = "Tekst van art. 14 gelezen op de website van de Psychologencommissie (pagina « gedeeld beroepsgeheim », bijgewerkt op 20 juni 2023); KB van 2 april 2014 gezien op etaamb (numac 2014011259). De inwerkingtreding op 26 mei 2014 (tien dagen na de bekendmaking) komt uit de broncontrole, niet herlezen.",
                          en = "Text of art. 14 read on the Psychologists' Commission's website (page « gedeeld beroepsgeheim », updated 20 June 2023); the decree of 2 April 2014 seen on etaamb (numac 2014011259). The entry into force on 26 May 2014 (ten days after publication) comes from the source check, not re-read." ]
       ]).
source(psychologists_code_2014_secrecy,
       [ instrument   = psychologists_code,
         article      = "5 à 13",
         from         = date(2014,5,26),
         to           = date(2018,6,24),
         reference    = "Code de déontologie des psychologues (arrêté royal du 2 avril 2014), chap. III, sections I et II (art. 5 à 13): discrétion sur tout ce que le psychologue apprend, « au minimum le respect du secret professionnel que prescrit la législation pénale »; abrogées par l'arrêté royal du 4 juin 2018",
         verification = partial,
         note         = [ fr = "Contenu des art. 5 à 13 lu dans un résumé (legalworld.wolterskluwer.be) et sur la page « Le cadre légal du code de déontologie » de la Commission des psychologues, non dans l'arrêté.",
                          nl = "Inhoud van art. 5 tot 13 gelezen in een samenvatting (legalworld.wolterskluwer.be) en op de pagina over het wettelijk kader van de code van de Psychologencommissie, niet in het besluit zelf.",
                          en = "Content of arts. 5–13 read in a summary (legalworld.wolterskluwer.be) and on the Psychologists' Commission's page on the code's legal framework, not in the decree itself." ]
       ]).
source(psychologists_code_2018_secrecy,
       [ instrument   = psychologists_code,
         article      = "",
         from         = date(2018,6,24),
         to           = open,
         reference    = "Arrêté royal du 4 juin 2018 modifiant l'arrêté royal du 2 avril 2014 fixant les règles de déontologie du psychologue (MB 14 juin 2018, numac 2018012595): art. 5 à 13 abrogés; nouvel article: « Le psychologue dépositaire, par état ou par profession, des secrets qu'on lui confie, est tenu au secret professionnel conformément à l'article 458 du Code pénal », avec une obligation de discrétion distincte",
         verification = partial,
         note         = [ fr = "Texte lu sur la page de la Commission des psychologues (mise à jour du 10 février 2020); le numéro du nouvel article n'a pas été trouvé. L'entrée en vigueur (24 juin 2018) est calculée: dix jours après la publication au Moniteur, l'arrêté ne fixant pas d'autre date à notre connaissance (non vérifié). Depuis le 1er septembre 2026, l'art. 458 est abrogé: le renvoi est lu comme visant l'art. 352 du Code pénal de 2024 (lecture); l'arrêté n'a pas été modifié à notre connaissance.",
                          nl = "Tekst gelezen op de pagina van de Psychologencommissie (bijgewerkt op 10 februari 2020); het nummer van het nieuwe artikel werd niet gevonden. De inwerkingtreding (24 juni 2018) is berekend: tien dagen na de bekendmaking in het Belgisch Staatsblad, voor zover bekend bepaalt het besluit geen andere datum (niet nagegaan). Sinds 1 september 2026 is art. 458 opgeheven: de verwijzing wordt gelezen als een verwijzing naar art. 352 van het Strafwetboek van 2024 (lezing); het besluit is voor zover bekend niet gewijzigd.",
                          en = "Text read on the Psychologists' Commission's page (updated 10 February 2020); the new article's number was not found. The entry into force (24 June 2018) is computed: ten days after publication in the Moniteur, the decree setting no other date as far as we know (not verified). Since 1 September 2026 art. 458 is repealed: the reference is read as pointing to art. 352 of the 2024 Criminal Code (a reading); the decree has not been amended as far as we know." ]
       ]).
% Medical: the code of 1975 (Conseil national), replaced by the Code de
% déontologie médicale published on 3 May 2018.
source(medical_code,
       [ instrument   = medical_code,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Code de déontologie médicale du Conseil national de l'Ordre des médecins: version de 1975, remplacée par le Code publié le 3 mai 2018 (ordomedic.be, « Code van medische deontologie 2018 »: « vervangt de versie van 1975 »)",
         verification = partial,
         note         = [ fr = "Le code lie tout médecin inscrit à l'Ordre; il n'a pas été rendu obligatoire par arrêté royal (artsenkrant.com; Ordre des barreaux flamands, avis 344).",
                          nl = "De code bindt elke arts die bij de Orde is ingeschreven; hij werd niet bij koninklijk besluit algemeen verbindend verklaard (artsenkrant.com; Orde van Vlaamse Balies, advies 344).",
                          en = "The code binds every doctor registered with the Order; it was not made binding by royal decree (artsenkrant.com; Flemish bar, opinion 344)." ]
       ]).
source(medical_code_secrecy,
       [ instrument   = medical_code,
         article      = "55 à 57",
         from         = open,
         to           = date(2018,5,3),
         reference    = "Code de déontologie médicale (1975), chap. V « Secret professionnel du médecin », art. 55: « Le secret professionnel auquel le médecin est tenu est d'ordre public »; art. 57: il « s'étend à tout ce que le médecin a vu, connu, appris, constaté, découvert ou surpris » dans l'exercice de sa profession",
         verification = partial,
         note         = [ fr = "Articles lus sur ordomedic.be (code de 1975); la date d'adoption du code de 1975 n'est pas dans nos sources.",
                          nl = "Artikelen gelezen op ordomedic.be (code van 1975); de datum waarop de code van 1975 werd aangenomen staat niet in onze bronnen.",
                          en = "Articles read on ordomedic.be (1975 code); the 1975 code's adoption date is not in our sources." ]
       ]).
source(medical_code_2018_art_25,
       [ instrument   = medical_code,
         article      = "25",
         from         = date(2018,5,3),
         to           = open,
         reference    = "Code de déontologie médicale 2018 (publié le 3 mai 2018), art. 25: le secret professionnel du médecin (désigné comme tel par le commentaire de l'art. 29: « exception au secret professionnel (art. 25 CDM 2018) »)",
         verification = partial,
         note         = [ fr = "Le texte même de l'art. 25 n'a pas été lu; seul son objet l'est, par le commentaire officiel de l'art. 29 (ordomedic.be). Le Conseil national dit que les 45 articles n'ont pas été modifiés depuis 2018 (page mise à jour le 31 décembre 2023).",
                          nl = "De tekst van art. 25 zelf werd niet gelezen; alleen het onderwerp, via de officiële commentaar bij art. 29 (ordomedic.be). De nationale raad zegt dat de 45 artikelen sinds 2018 niet gewijzigd werden (pagina bijgewerkt op 31 december 2023).",
                          en = "The text of art. 25 itself was not read; only its subject, through the official commentary on art. 29 (ordomedic.be). The National Council says the 45 articles have not been amended since 2018 (page updated 31 December 2023)." ]
       ]).
source(medical_code_2018_art_29,
       [ instrument   = medical_code,
         article      = "29",
         from         = date(2018,5,3),
         to           = open,
         reference    = "Code de déontologie médicale 2018, art. 29, al. 3: le médecin qui soupçonne qu'une personne vulnérable « est menacée par un danger grave et imminent » ou qu'il y a des indices d'un danger sérieux et réel pour d'autres personnes vulnérables « peut, dans le cadre de son obligation légale d'assistance, avertir le procureur du Roi lorsqu'il ne peut pas lui-même ou avec l'aide d'autrui protéger l'intégrité physique ou psychique »",
         verification = verified,
         note         = [ fr = "Lu en français et en néerlandais sur ordomedic.be (page du 30 juin 2023). Le commentaire dit que les art. 422bis et 458bis du Code pénal et l'art. 29, al. 3, « visent le même but ».",
                          nl = "Gelezen in het Frans en het Nederlands op ordomedic.be (pagina van 30 juni 2023). De commentaar zegt dat de artikelen 422bis en 458bis van het Strafwetboek en artikel 29, derde lid, « hetzelfde doel beogen ».",
                          en = "Read in French and Dutch on ordomedic.be (page of 30 June 2023). The commentary says arts. 422bis and 458bis of the Criminal Code and art. 29 para. 3 'pursue the same aim'." ]
       ]).
source(psychologists_necessity,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Commission des psychologues, « État de nécessité », et page « 458bis » (mise à jour le 15 février 2023): hors de l'art. 458bis, la communication peut se justifier par « une autre exception au secret professionnel, notamment l'état de nécessité »",
         verification = partial,
         note         = [ fr = "Depuis l'arrêté royal du 4 juin 2018 (art. 5 à 13 abrogés), le code ne traite plus lui-même des exceptions: il renvoie au Code pénal; l'état de nécessité y vaut comme cause de justification (Cass., 13 mai 1987; Livre Ier, art. 13, du Code pénal de 2024 depuis le 1er septembre 2026), non comme article du code.",
                          nl = "Sinds het KB van 4 juni 2018 (art. 5 tot 13 opgeheven) regelt de code zelf de uitzonderingen niet meer: hij verwijst naar het Strafwetboek; de noodtoestand geldt daar als rechtvaardigingsgrond (Cass. 13 mei 1987; Boek I, art. 13, van het Strafwetboek van 2024 sinds 1 september 2026), niet als artikel van de code.",
                          en = "Since the RD of 4 June 2018 (arts. 5–13 abrogated) the code itself no longer deals with the exceptions: it refers to the Criminal Code, where necessity is a justification (Cass., 13 May 1987; Book I art. 13 of the 2024 Criminal Code from 1 September 2026), not an article of the code." ]
       ]).
% --- The new Criminal Code --------------------------------------------------
% --- The Criminal Code of 2024 ---------------------------------------------
% The laws of 29 February 2024 (Book I; Book II) and when they took effect:
% announced for 8 April 2026, postponed to 1 September 2026 by the law of
% 30 March 2026. The date is held once, in entry_into_force/2 above.
source(new_criminal_code,
       [ instrument   = code_penal_2024,
         article      = "",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Lois du 29 février 2024 introduisant le Livre Ier et le Livre II du Code pénal (MB 8 avril 2024); entrée en vigueur le 1er septembre 2026 (loi du 30 mars 2026, art. 252 et 253, en vigueur le 3 avril 2026, modifiant l'art. 38 de la loi du Livre Ier et l'art. 119 de la loi du Livre II)",
         verification = partial,
         note         = [ fr = "Une seule source: une coordination néerlandaise officieuse (Fisconetplus) arrêtée en mai 2026. Rien de plus récent ne dit si la date du 1er septembre 2026 a tenu. Les art. 42 et 46 du Livre Ier n'entrent en vigueur que le 1er janvier 2035.",
                          en = "One source only: an unofficial Dutch coordination (Fisconetplus) current to May 2026. Nothing later says whether the date of 1 September 2026 held. Arts. 42 and 46 of Book I take effect only on 1 January 2035.",
                          nl = "Eén enkele bron: een officieuze Nederlandse coördinatie (Fisconetplus), bijgewerkt tot mei 2026. Niets recenters zegt of de datum van 1 september 2026 standhield. De artikelen 42 en 46 van Boek I treden pas in werking op 1 januari 2035." ]
       ]).
source(new_criminal_code_announced,
       [ instrument   = code_penal_2024,
         article      = "",
         from         = date(2024,4,8),
         to           = date(2026,4,3),
         reference    = "Lois du 29 février 2024 (MB 8 avril 2024), entrée en vigueur prévue le 8 avril 2026 (art. 38 de la loi du Livre Ier, art. 119 de la loi du Livre II, version d'origine)",
         verification = partial
       ]).
source(new_criminal_code_postponed,
       [ instrument   = code_penal_2024,
         article      = "",
         from         = date(2026,4,3),
         to           = entry_into_force(code_penal_2024),
         reference    = "Loi du 30 mars 2026, art. 252 et 253 (en vigueur le 3 avril 2026): l'entrée en vigueur du Code pénal de 2024 reportée au 1er septembre 2026",
         verification = partial
       ]).
source(cp2024_352,
       [ instrument   = code_penal_2024,
         article      = "352",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 352: violation du secret professionnel (ancien art. 458)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse (« Schending van het beroepsgeheim »); le texte français n'est pas lu. L'article ne nomme plus aucune profession, écrit l'intention (« opzettelijk ») et ne vise plus que « la loi » qui oblige ou autorise.",
                          en = "Read in the unofficial Dutch coordination (\"Schending van het beroepsgeheim\"); the French text is not read. The article names no profession any more, writes intent in (\"opzettelijk\") and speaks only of \"the law\" that obliges or allows.",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie; de Franse tekst is niet gelezen. Het artikel noemt geen enkel beroep meer, schrijft het opzet uit (\"opzettelijk\") en spreekt enkel nog van \"de wet\" die verplicht of toelaat." ]
       ]).
source(cp2024_penalty_level_2,
       [ instrument   = code_penal_2024,
         article      = "36 (Livre Ier)",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre Ier (loi du 29 février 2024), art. 36: peines de niveau 2 (emprisonnement de six mois à trois ans, ou traitement sous privation de liberté de six mois à deux ans, surveillance électronique d'un mois à un an, travail de 120 à 300 heures, probation de 12 mois à deux ans, ou condamnation par déclaration de culpabilité)",
         verification = partial
       ]).
source(cp2024_353_1,
       [ instrument   = code_penal_2024,
         article      = "353, § 1er",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 353, § 1er: droit d'informer le procureur du Roi (ancien art. 458bis)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse. Infractions visées: art. 96 à 101, 134 à 149, 151 à 165, 171 à 174, 194 à 202, 206 à 211, 258, 310 à 315, 328 à 330 et 333 à 337 du nouveau Code; victimes: un mineur, une personne en situation de vulnérabilité au sens de l'art. 79, 2°, ou du fait de violences entre partenaires ou au nom de la culture, de la coutume, de la religion, de la tradition ou du prétendu « honneur ».",
                          en = "Read in the unofficial Dutch coordination. Listed offences: arts. 96 to 101, 134 to 149, 151 to 165, 171 to 174, 194 to 202, 206 to 211, 258, 310 to 315, 328 to 330 and 333 to 337 of the new Code; victims: a minor, a person in a vulnerable situation within art. 79, 2°, or because of partner violence or violence in the name of culture, custom, religion, tradition or so-called \"honour\".",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie. Bedoelde misdrijven: art. 96 tot 101, 134 tot 149, 151 tot 165, 171 tot 174, 194 tot 202, 206 tot 211, 258, 310 tot 315, 328 tot 330 en 333 tot 337 van het nieuwe Wetboek; slachtoffers: een minderjarige, een persoon in een kwetsbare toestand in de zin van art. 79, 2°, of ten gevolge van partnergeweld of geweld in naam van culturele drijfveren, gewoontes, religie, tradities of de zogenaamde \"eer\"." ]
       ]).
source(cp2024_353_2,
       [ instrument   = code_penal_2024,
         article      = "353, § 2",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 353, § 2: concertation de cas (ancien art. 458ter)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse: la concertation est organisée « bij of krachtens een wet » (par ou en vertu d'une loi) ou avec l'autorisation motivée du procureur du Roi; l'ancien art. 458ter disait « loi, décret ou ordonnance ». Qu'une concertation fondée sur un décret ou une ordonnance (les Veilige Huizen flamands) réponde encore à l'article n'est pas tranché par nos sources.",
                          en = "Read in the unofficial Dutch coordination: the consultation is organised \"bij of krachtens een wet\" (by or under a law) or with the reasoned authorisation of the public prosecutor; old art. 458ter said \"law, decree or ordinance\". Whether a consultation based on a decree or an ordinance (the Flemish Veilige Huizen) still meets the article is not settled by our sources.",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie: het overleg wordt georganiseerd \"bij of krachtens een wet\" of met een met redenen omklede toestemming van de procureur des Konings; het oude art. 458ter zei \"wet, decreet of ordonnantie\". Of een overleg op grond van een decreet of ordonnantie (de Vlaamse Veilige Huizen) nog onder het artikel valt, beslechten onze bronnen niet." ]
       ]).
source(cp2024_353_3,
       [ instrument   = code_penal_2024,
         article      = "353, § 3",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 353, § 3: l'avocat et les informations de son client (ancien art. 458quater)",
         verification = partial
       ]).
source(cp2024_299,
       [ instrument   = code_penal_2024,
         article      = "299",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 299 à 304: non-assistance à personne en danger (ancien art. 422bis); art. 302 (justification: danger sérieux pour soi ou autrui), art. 303 (excuse), art. 304 (circonstance aggravante: mineur ou personne vulnérable)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse (« Schuldig verzuim »). La condition de pouvoir agir sans danger sérieux n'est plus un élément de l'infraction: elle devient une cause de justification (art. 302).",
                          en = "Read in the unofficial Dutch coordination (\"Schuldig verzuim\"). Being able to act without serious danger is no longer an element of the offence: it becomes a justification (art. 302).",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie. Kunnen helpen zonder ernstig gevaar is geen bestanddeel van het misdrijf meer: het wordt een rechtvaardigingsgrond (art. 302)." ]
       ]).
source(cp2024_13,
       [ instrument   = code_penal_2024,
         article      = "13 (Livre Ier)",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre Ier (loi du 29 février 2024), art. 13: état de nécessité (et art. 10, 3°: causes de justification)",
         verification = partial,
         note         = [ fr = "Lu dans la coordination néerlandaise officieuse (« Noodtoestand »): seul le fait commis peut sauvegarder un droit ou un intérêt menacé d'un danger grave et imminent, d'une valeur supérieure à ce qui est sacrifié; pas de justification pour qui a volontairement créé le danger.",
                          en = "Read in the unofficial Dutch coordination (\"Noodtoestand\"): only the act can safeguard a right or interest under a serious and imminent danger, of a higher value than what is sacrificed; no justification for one who deliberately created the danger.",
                          nl = "Gelezen in de officieuze Nederlandse coördinatie: enkel het feit kan een recht of belang vrijwaren dat een ernstig en onmiddellijk gevaar loopt en waarvan de waarde hoger is dan wat wordt prijsgegeven; geen rechtvaardiging voor wie de noodtoestand zelf opzettelijk heeft doen ontstaan." ]
       ]).
source(cp2024_655,
       [ instrument   = code_penal_2024,
         article      = "655",
         from         = entry_into_force(code_penal_2024),
         to           = open,
         reference    = "Code pénal, Livre II (loi du 29 février 2024), art. 655: méconnaissance de l'obligation de collaborer à l'enquête (niveau 2, amende complémentaire de 200 à 160.000 euros); la loi du Livre II (art. 26 et 118, 2°, d) modifie l'art. 46bis/1 CIC et abroge l'amende de son § 2",
         verification = partial
       ]).

% --- Laws the knowledge base does not encode (unencoded blocks) -----------
source(gdpr_15,
       [ instrument   = gdpr,
         article      = "15",
         from         = date(2018,5,25),
         to           = open,
         reference    = "Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données), art. 15 (droit d'accès de la personne concernée), JO L 119 du 4 mai 2016, p. 1; applicable depuis le 25 mai 2018 (art. 99.2)",
         verification = partial,
         note         = [ fr = "Cité pour dire que la réponse ne l'applique pas: le texte n'est pas encodé, ses limites (art. 15.4, art. 23 et la loi belge du 30 juillet 2018) non plus.",
                          en = "Cited to say that the answer does not apply it: the text is not encoded, nor are its limits (art. 15(4), art. 23 and the Belgian law of 30 July 2018).",
                          nl = "Geciteerd om te zeggen dat het antwoord hem niet toepast: de tekst is niet opgenomen, en zijn grenzen (art. 15, lid 4, art. 23 en de Belgische wet van 30 juli 2018) evenmin." ]
       ]).
source(privacy_law_1992_10,
       [ instrument   = privacy_law_1992,
         article      = "10",
         from         = date(2001,9,1),
         to           = date(2018,5,25),
         reference    = "Loi du 8 décembre 1992 relative à la protection de la vie privée à l'égard des traitements de données à caractère personnel (MB 18 mars 1993), art. 10 (droit d'accès), tel que modifié par la loi du 11 décembre 1998 (en vigueur le 1er septembre 2001)",
         verification = partial,
         note         = [ fr = "La version de 1992, avant la loi du 11 décembre 1998, n'est pas marquée (ses dates ne sont pas vérifiées); la fin retenue est le jour où le RGPD s'applique (la loi ne fut abrogée que par la loi du 30 juillet 2018).",
                          en = "The 1992 version, before the law of 11 December 1998, is not marked (its dates are not verified); the end used is the day the GDPR applies (the law was repealed only by the law of 30 July 2018).",
                          nl = "De versie van 1992, vóór de wet van 11 december 1998, is niet gemarkeerd (haar data zijn niet geverifieerd); als einde geldt de dag waarop de AVG van toepassing wordt (de wet werd pas door de wet van 30 juli 2018 opgeheven)." ]
       ]).
source(social_penal_code_inspection,
       [ instrument   = social_penal_code,
         article      = "28",
         from         = date(2011,7,1),
         to           = open,
         reference    = "Loi du 6 juin 2010 introduisant le Code pénal social (MB 1er juillet 2010), livre 1er: les pouvoirs des inspecteurs sociaux (se faire produire les supports d'information, art. 28 et suivants), en vigueur le 1er juillet 2011",
         verification = unverified,
         note         = [ fr = "Le numéro d'article et la date d'entrée en vigueur viennent de mémoire, non d'un texte lu.",
                          en = "The article number and the date of entry into force are recalled, not read in a text.",
                          nl = "Het artikelnummer en de datum van inwerkingtreding komen uit het geheugen, niet uit een gelezen tekst." ]
       ]).
source(labour_inspection_1972_4,
       [ instrument   = labour_inspection_law_1972,
         article      = "4",
         from         = date(1972,11,16),
         to           = date(2011,7,1),
         reference    = "Loi du 16 novembre 1972 concernant l'inspection du travail, art. 4 (remplacé par l'art. 190 de la loi-programme du 22 décembre 1989), remplacée par le Code pénal social le 1er juillet 2011",
         verification = partial,
         note         = [ fr = "Pouvoirs de l'art. 4 lus dans un avis du Conseil national de l'Ordre des médecins sur les médecins-inspecteurs de l'INAMI; la date de la loi est retenue pour son entrée en vigueur (non vérifiée).",
                          en = "The powers of art. 4 read in an opinion of the National Council of the Order of physicians on the INAMI's medical inspectors; the law's date is used for its entry into force (not verified).",
                          nl = "De bevoegdheden van art. 4 gelezen in een advies van de Nationale Raad van de Orde der artsen over de geneesheren-inspecteurs van het RIZIV; de datum van de wet geldt als datum van inwerkingtreding (niet geverifieerd)." ]
       ]).

%!  instrument_renumbering(?Instrument, ?Article, ?NewReference, ?Status) is nondet.
%
%   Article of Instrument became NewReference (an article of
%   code_penal_2024) when the Criminal Code of 2024 took effect. Status is
%   how far our sources verify it: one unofficial coordination, `partial`.

instrument_renumbering(code_penal, "422bis",    "299",      partial).
instrument_renumbering(code_penal, "458",       "352",      partial).
instrument_renumbering(code_penal, "458bis",    "353, § 1er", partial).
instrument_renumbering(code_penal, "458ter",    "353, § 2", partial).
instrument_renumbering(code_penal, "458quater", "353, § 3", partial).

/* ======================================================================
   Contract version 2 -- the social sector (branch v2-social, issue 11)
   ----------------------------------------------------------------------
   The youth Code of 2018, the pupil-guidance decrees, school staff's duty
   of discretion, notifiable diseases and contact tracing, child-abuse
   centres, volunteers, and the institutions of version 2. Research:
   notes/contract-v2-law.md items 7-12, notes/dutch.md section 3.
   ====================================================================== */

% --- French Community youth Code of 18 January 2018 -----------------------
source(youth_code_2018_secrecy,
       [ instrument   = youth_code_2018,
         article      = "",
         from         = date(2019,1,1),
         to           = open,
         reference    = "Décret de la Communauté française du 18 janvier 2018 portant le Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse: la disposition qui impose le secret professionnel (successeur de l'art. 57 du décret du 4 mars 1991; numéro d'article non identifié)",
         verification = unverified,
         note         = [ fr = "Entrée en vigueur le 1er janvier 2019 (Livre V: 1er mai 2019) selon une question parlementaire de janvier 2019 (A. du Bus au ministre R. Madrane). Le numéro et le texte de l'article du Code qui impose le secret n'ont pas été trouvés: qu'il lie, comme l'art. 57 du décret de 1991, toute personne qui apporte son concours à l'application du Code est une hypothèse à vérifier.",
                          en = "In force 1 January 2019 (Book V: 1 May 2019) per a parliamentary question of January 2019 (A. du Bus to minister R. Madrane). The number and the words of the Code's secrecy article were not found: that it binds, like art. 57 of the 1991 decree, everyone who contributes to applying the Code is an assumption to be checked.",
                          nl = "In werking op 1 januari 2019 (Boek V: 1 mei 2019) volgens een parlementaire vraag van januari 2019 (A. du Bus aan minister R. Madrane). Het nummer en de tekst van het artikel van het Wetboek dat het beroepsgeheim oplegt, zijn niet gevonden: dat het, zoals art. 57 van het decreet van 1991, iedereen bindt die meewerkt aan de toepassing van het Wetboek, is een hypothese onder voorbehoud van verificatie." ]
       ]).
source(youth_aid_ethics_88_07,
       [ instrument   = youth_aid_ethics_commission,
         article      = "avis 88/07",
         from         = open,
         to           = open,
         reference    = "Commission de déontologie de l'aide à la jeunesse, avis 88/07 (demande du 23 octobre 2007): les membres des conseils d'arrondissement de l'aide à la jeunesse sont tenus au secret professionnel en vertu de l'art. 57 du décret du 4 mars 1991 (aidealajeunesse.cfwb.be, index.php?id=2048)",
         verification = verified,
         note         = [ fr = "Avis d'un organe consultatif, non une loi; il lit l'art. 57 du décret de 1991. Sous le Code de 2018, le successeur des conseils d'arrondissement et l'article applicable ne sont pas vérifiés.",
                          en = "The opinion of an advisory body, not a law; it reads art. 57 of the 1991 decree. Under the 2018 Code, the successor of the district councils and the applicable article are not verified.",
                          nl = "Advies van een adviesorgaan, geen wet; het leest art. 57 van het decreet van 1991. Onder het Wetboek van 2018 zijn de opvolger van de arrondissementsraden en het toepasselijke artikel niet geverifieerd." ]
       ]).
source(youth_aid_ethics_99_08,
       [ instrument   = youth_aid_ethics_commission,
         article      = "avis 99/08",
         from         = open,
         to           = open,
         reference    = "Commission de déontologie de l'aide à la jeunesse, avis 99/08 (décembre 2008): « le dossier du jeune rentre dans le champ du secret professionnel. Le service et ses membres ne peuvent en donner connaissance à personne dans son intégralité » (aidealajeunesse.cfwb.be, index.php?id=2073)",
         verification = partial,
         note         = [ fr = "La réponse de la Commission à la question des photocopies demandées par l'inspection pédagogique n'a pas été lue.",
                          en = "The Commission's answer on photocopies asked for by the pedagogical inspection was not read.",
                          nl = "Het antwoord van de Commissie op de vraag naar kopieën voor de pedagogische inspectie is niet gelezen." ]
       ]).

% --- Pupil guidance: Flemish CLB, French Community PMS ----------------------
source(clb_pupil_file,
       [ instrument   = clb_decree,
         article      = "",
         from         = date(2008,9,12),
         to           = open,
         reference    = "Besluit van de Vlaamse Regering van 12 september 2008 betreffende het multidisciplinaire dossier, art. 1, 1° (« Een minderjarige van twaalf jaar of ouder wordt vermoed in staat te zijn tot een redelijke beoordeling van zijn belangen »); decreet van 27 april 2018 betreffende de leerlingenbegeleiding en BVR van 1 juni 2018; omzendbrief CLB/2018/02 (toegang tot het multidisciplinair dossier)",
         verification = partial,
         note         = [ fr = "La définition de 2008 est lue dans une circulaire officielle (edulex); l'arrêté de 2008 est abrogé et la règle d'accès du décret de 2018 n'a été lue que dans des pages de CLB (le mineur capable, présumé tel dès 12 ans, consulte lui-même son dossier; ses parents seulement avec son accord; avant 12 ans, les parents). La date de 2008 est celle de l'arrêté, non son entrée en vigueur. Règle flamande: le vocabulaire n'a pas de région.",
                          en = "The 2008 definition is read in an official circular (edulex); the 2008 order is repealed and the access rule of the 2018 decree was read only on CLB pages (the capable minor, presumed so from 12, consults the file himself; his parents only with his consent; under 12, the parents). The 2008 date is the order's date, not its entry into force. A Flemish rule: the vocabulary has no region.",
                          nl = "De definitie van 2008 is gelezen in een officiële omzendbrief (edulex); het besluit van 2008 is opgeheven en de toegangsregel onder het decreet van 2018 is alleen op CLB-websites gelezen (de bekwame minderjarige, vermoed vanaf 12 jaar, kijkt zelf zijn dossier in; zijn ouders enkel met zijn toestemming; onder 12 jaar de ouders). De datum van 2008 is die van het besluit, niet de inwerkingtreding. Een Vlaamse regel: de woordenschat kent geen gewest." ]
       ]).
source(clb_decree_2018,
       [ instrument   = clb_decree,
         article      = "",
         from         = date(2018,4,27),
         to           = open,
         reference    = "Decreet van 27 april 2018 betreffende de leerlingenbegeleiding in het basisonderwijs, het secundair onderwijs en de centra voor leerlingenbegeleiding; Katholiek Onderwijs Vlaanderen (29 januari 2020): « Het beroepsgeheim van de CLB-medewerker, dat duidelijk verschilt van bijvoorbeeld het ambtsgeheim of de discretieplicht van leraren en directeurs »",
         verification = partial,
         note         = [ fr = "L'article du décret sur le secret professionnel n'a pas été lu; la date est celle du décret, non son entrée en vigueur.",
                          en = "The decree's article on professional secrecy was not read; the date is the decree's, not its entry into force.",
                          nl = "Het artikel van het decreet over het beroepsgeheim is niet gelezen; de datum is die van het decreet, niet de inwerkingtreding." ]
       ]).
source(pms_decree_2006,
       [ instrument   = pms_decree,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Décret de la Communauté française du 14 juillet 2006 relatif aux missions, programmes et rapport d'activités des centres psycho-médico-sociaux (art. 6: les missions); arrêté royal du 13 août 1962, art. 16 (information des parents et de l'élève majeur)",
         verification = partial,
         note         = [ fr = "Seules les missions ont été lues (centrepms.be); les articles sur le secret et sur l'accès au dossier de l'élève n'ont pas été trouvés.",
                          en = "Only the missions were read (centrepms.be); the articles on secrecy and on access to the pupil file were not found.",
                          nl = "Enkel de opdrachten zijn gelezen (centrepms.be); de artikelen over het beroepsgeheim en over de toegang tot het leerlingendossier zijn niet gevonden." ]
       ]).

% --- The duty of discretion of school staff and civil servants --------------
source(official_discretion_doctrine,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Katholiek Onderwijs Vlaanderen (29 januari 2020): het ambtsgeheim of de discretieplicht van leraren en directeurs verschilt van het beroepsgeheim van de CLB-medewerker; rechtspositie.be (CLB FAQ): ambtsgeheim of discretieplicht, « de verplichting om bij het uitoefenen van een functie of ambt geen gegevens vrij te geven aan anderen dan diegenen die gerechtigd zijn er kennis van te nemen »; UFAPEC, analyse 11.19 (juillet 2019), « Devoir de discrétion et secret professionnel à l'école »",
         verification = partial,
         note         = [ fr = "Les textes statutaires du devoir de discrétion des enseignants (décret de la Communauté française du 1er février 1993, statuts flamands) n'ont pas été lus.",
                          en = "The statutory texts of teachers' duty of discretion (French Community decree of 1 February 1993, Flemish staff statutes) were not read.",
                          nl = "De statutaire teksten van de discretieplicht van leraren (decreet van de Franse Gemeenschap van 1 februari 1993, Vlaamse rechtspositieregeling) zijn niet gelezen." ]
       ]).

% --- Notifiable diseases and contact tracing ----------------------------
source(flemish_prevention_decree_art_45_2003,
       [ instrument   = flemish_prevention_decree,
         article      = "45",
         from         = date(2003,11,21),
         to           = date(2024,1,25),
         reference    = "Decreet van 21 november 2003 betreffende het preventieve gezondheidsbeleid (BS 3 februari 2004), art. 45, § 3: « De verplichting tot melding geldt voor de behandelende arts, het hoofd van een laboratorium van klinische biologie en de arts, belast met het medisch toezicht in scholen, bedrijven, voorzieningen waar kinderen en jongeren verblijven, rust- en verzorgingstehuizen … »; BVR en MB van 19 juni 2009 (lijst van meldingsplichtige infecties)",
         verification = partial,
         note         = [ fr = "Le § 3 est cité par une association professionnelle (VWVJ), non lu au Moniteur. La date de début est celle du décret, non son entrée en vigueur; la fin est le jour où les nouvelles obligations s'appliquent (25 janvier 2024), non la date vérifiée du remplacement de l'art. 45.",
                          en = "§3 is quoted by a professional association (VWVJ), not read in the Official Gazette. The start is the decree's date, not its entry into force; the end is the day the new duties apply (25 January 2024), not a verified date of art. 45's replacement.",
                          nl = "§ 3 wordt geciteerd door een beroepsvereniging (VWVJ), niet gelezen in het Belgisch Staatsblad. De begindatum is die van het decreet, niet de inwerkingtreding; het einde is de dag waarop de nieuwe verplichtingen gelden (25 januari 2024), niet een geverifieerde datum van de vervanging van art. 45." ]
       ]).
source(flemish_prevention_decree_art_45_2024,
       [ instrument   = flemish_prevention_decree,
         article      = "45",
         from         = date(2024,1,25),
         to           = open,
         reference    = "Decreet van 21 november 2003 betreffende het preventieve gezondheidsbeleid, art. 45 (vervangen; melding aan de ambtenaar-arts van het Departement Zorg); uitvoeringsbesluit goedgekeurd op 12 januari 2024, nieuwe meldingsplicht van toepassing vanaf 25 januari 2024 (Departement Zorg, bericht van 24 januari 2024)",
         verification = partial,
         note         = [ fr = "Le décret qui a remplacé l'art. 45, sa date et le texte du nouvel article ne sont pas vérifiés; que l'obligation pèse toujours sur le médecin traitant est une hypothèse (sources secondaires: Artsenkrant, Departement Zorg).",
                          en = "The decree that replaced art. 45, its date and the new article's words are not verified; that the duty still rests on the treating doctor is an assumption (secondary sources: Artsenkrant, Departement Zorg).",
                          nl = "Het decreet dat art. 45 verving, de datum ervan en de tekst van het nieuwe artikel zijn niet geverifieerd; dat de plicht nog steeds bij de behandelende arts ligt, is een aanname (secundaire bronnen: Artsenkrant, Departement Zorg)." ]
       ]).
source(regional_notification_duties,
       [ instrument   = regional_health_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Wallonie: déclaration à l'AViQ (cellule de surveillance des maladies infectieuses; base dans le Code wallon de l'action sociale et de la santé, non lue); Bruxelles (COCOM, Vivalis): ordonnance du 19 juillet 2007 relative à la politique de prévention en santé (non lue); Communauté germanophone: arrêté du Gouvernement du 6 juin 2024 (MB 2 décembre 2024, numac 2024205150)",
         verification = unverified,
         note         = [ fr = "Seules les pages des administrations (AViQ, Vivalis) et la référence de l'arrêté germanophone ont été vues; les textes légaux wallon et bruxellois n'ont pas été lus.",
                          en = "Only the agencies' pages (AViQ, Vivalis) and the reference of the German-speaking order were seen; the Walloon and Brussels legal texts were not read.",
                          nl = "Enkel de webpagina's van de administraties (AViQ, Vivalis) en de referentie van het Duitstalige besluit zijn gezien; de Waalse en Brusselse wetteksten zijn niet gelezen." ]
       ]).
source(contact_tracing_agreement_2020,
       [ instrument   = contact_tracing_agreement,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Accord de coopération du 25 août 2020 entre l'État fédéral, la Communauté flamande, la Région wallonne, la Communauté germanophone et la Commission communautaire commune concernant le traitement conjoint de données par Sciensano et les centres de contact (MB 15 octobre 2020, numac 2020010437); C. const., arrêt n° 110/2022 du 22 septembre 2022",
         verification = partial,
         note         = [ fr = "La référence est vérifiée (etaamb); les obligations que l'accord fait peser sur les professionnels, et l'issue de l'arrêt 110/2022, n'ont pas été lues. Il est cité ici pour ce que la base de connaissances ne sait pas.",
                          en = "The reference is verified (etaamb); the duties the agreement places on professionals, and the outcome of judgment 110/2022, were not read. It is cited here for what the knowledge base does not know.",
                          nl = "De referentie is geverifieerd (etaamb); de verplichtingen die het akkoord aan beroepsbeoefenaars oplegt en de uitkomst van arrest 110/2022 zijn niet gelezen. Het wordt hier geciteerd voor wat de kennisbank niet weet." ]
       ]).

% --- Child-abuse centres ----------------------------------------------------
source(child_abuse_decree_2004_art_3,
       [ instrument   = child_abuse_decree_2004,
         article      = "3, § 2",
         from         = date(2004,5,12),
         to           = open,
         reference    = "Décret de la Communauté française du 12 mai 2004 relatif à l'aide aux enfants victimes de maltraitance, art. 3, § 2: « tout intervenant confronté à une situation de maltraitance ou à risques peut interpeller l'une des instances ou services spécifiques suivants aux fins de se faire accompagner, orienter ou relayer dans la prise en charge : […] l'équipe « SOS Enfants » […]. Toute coopération doit s'exercer dans la discrétion »",
         verification = partial,
         note         = [ fr = "Texte cité par Yapaka (service de la Fédération Wallonie-Bruxelles), non lu au Moniteur; la fin de l'alinéa (« ne porter que sur… ») est tronquée dans la source. La date est celle du décret, non son entrée en vigueur. Règle de la Communauté française: le vocabulaire n'a pas de région.",
                          en = "Text quoted by Yapaka (a French Community service), not read in the Official Gazette; the end of the paragraph ('ne porter que sur…') is cut off in the source. The date is the decree's, not its entry into force. A French Community rule: the vocabulary has no region.",
                          nl = "Tekst geciteerd door Yapaka (een dienst van de Federatie Wallonië-Brussel), niet gelezen in het Belgisch Staatsblad; het einde van de alinea is in de bron afgebroken. De datum is die van het decreet, niet de inwerkingtreding. Een regel van de Franse Gemeenschap: de woordenschat kent geen gewest." ]
       ]).
source(integrale_jeugdhulp_decree,
       [ instrument   = integrale_jeugdhulp_decree,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Decreet van 12 juli 2013 betreffende de integrale jeugdhulp (hoofdstuk 8, afdeling 2, onderafdeling 2: vertrouwenscentra kindermishandeling; art. 72 en 74: gedeeld beroepsgeheim, volgens rechtspositie.be); BVR van 17 november 2017 betreffende de erkenning en subsidiëring van de vertrouwenscentra kindermishandeling",
         verification = partial,
         note         = [ fr = "Table des matières et règle du secret partagé lues dans des sources officielles secondaires; aucun texte flamand autorisant un professionnel à informer un Vertrouwenscentrum Kindermishandeling n'a été lu.",
                          en = "Table of contents and the shared-secrecy rule read in secondary official sources; no Flemish text authorising a professional to inform a Vertrouwenscentrum Kindermishandeling was read.",
                          nl = "Inhoudstafel en de regel van het gedeeld beroepsgeheim gelezen in secundaire officiële bronnen; geen Vlaamse tekst gelezen die een hulpverlener toelaat een vertrouwenscentrum kindermishandeling in te lichten." ]
       ]).

% --- Volunteers ---------------------------------------------------------------
source(volunteers_law_2005,
       [ instrument   = volunteers_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Loi du 3 juillet 2005 relative aux droits des volontaires (MB 29 août 2005; ELI eli/loi/2005/07/03/2005022674), modifiée par la loi du 19 juillet 2006",
         verification = unverified,
         note         = [ fr = "Le texte n'a pas été lu. Des sources secondaires peu sûres (formulaires d'unités scoutes, résumé d'une application de clubs) disent que la loi, modifiée en 2006, oblige l'organisation à informer le volontaire du secret de l'art. 458 auquel il serait tenu; la loi elle-même ne ferait pas de chaque volontaire un dépositaire de secrets.",
                          en = "The text was not read. Unreliable secondary sources (scout units' forms, a club app's summary) say that the law, as amended in 2006, obliges the organisation to inform the volunteer of the secrecy of art. 458 he may be bound by; the law itself would not make every volunteer a holder of secrets.",
                          nl = "De tekst is niet gelezen. Weinig betrouwbare secundaire bronnen (formulieren van scoutsgroepen, de samenvatting van een clubapp) zeggen dat de wet, gewijzigd in 2006, de organisatie verplicht de vrijwilliger in te lichten over het beroepsgeheim van art. 458 waaraan hij eventueel gebonden is; de wet zelf zou niet van elke vrijwilliger een houder van geheimen maken." ]
       ]).

% --- Institutions of version 2 -----------------------------------------------
source(caw_staff,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Un centre d'action sociale globale / centrum algemeen welzijnswerk (CAW) emploie des travailleurs sociaux et des psychologues, confidents nécessaires (art. 458, clause générale); le décret flamand sur l'aide sociale générale n'a pas été lu",
         verification = unverified,
         note         = [ fr = "Aucun texte propre aux CAW n'a été lu: leur personnel est tenu au secret par sa profession, non par une loi du secteur encodée ici.",
                          en = "No text specific to CAWs was read: their staff are bound by their profession, not by a sector law encoded here.",
                          nl = "Geen tekst specifiek voor de CAW's gelezen: hun medewerkers zijn gebonden door hun beroep, niet door een hier opgenomen sectorwet." ]
       ]).
source(prison_law,
       [ instrument   = prison_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Loi de principes du 12 janvier 2005 concernant l'administration pénitentiaire ainsi que le statut juridique des détenus (titre rappelé de mémoire, non lu)",
         verification = unverified,
         note         = [ fr = "Ni le texte ni ses règles sur le secret médical en prison et sur les informations des détenus n'ont été lus.",
                          en = "Neither the text nor its rules on medical secrecy in prison and on detainees' information were read.",
                          nl = "Noch de tekst noch de regels over het medisch geheim in de gevangenis en over de gegevens van gedetineerden zijn gelezen." ]
       ]).

/* ======================================================================
   Health laws and roles (contract version 2, branch v2-health)
   ----------------------------------------------------------------------
   The patient-rights law, the health-professions law, insurance law,
   control medicine, mediation, judicial compulsion, and the positions of
   the National Council of the Order of physicians. Where a date or a
   text was read only in a secondary source, the block says so.
   ====================================================================== */

% --- Coordinated law of 10 May 2015 on the health-care professions ---------
source(health_professions_law,
       [ instrument   = health_professions_law,
         article      = "",
         from         = date(2015,6,28),
         to           = open,
         reference    = "Loi coordonnée du 10 mai 2015 relative à l'exercice des professions des soins de santé (MB 18 juin 2015, numac 2015A24141); ch. 3 kinésithérapie (art. 43-44), ch. 6/1 psychologie clinique (art. 68/1-68/4)",
         verification = verified,
         note         = [ fr = "Coordination de l'arrêté royal n° 78 du 10 novembre 1967. La loi n'a pas d'article propre sur le secret: ses praticiens sont tenus par l'art. 458 du Code pénal comme dépositaires par profession. La date d'insertion du chapitre de la psychologie clinique n'est pas vérifiée.",
                          en = "Coordination of Royal Decree no. 78 of 10 November 1967. The law has no secrecy article of its own: its practitioners are bound by art. 458 of the Criminal Code as holders of secrets by profession. When the chapter on clinical psychology was inserted is not verified.",
                          nl = "Coördinatie van het koninklijk besluit nr. 78 van 10 november 1967. De wet heeft geen eigen artikel over het beroepsgeheim: haar beoefenaars zijn gebonden door artikel 458 van het Strafwetboek als personen die uit hoofde van hun beroep kennis dragen van geheimen." ]
       ]).

% --- Law of 22 August 2002 on patient rights ----------------------------------
source(patient_rights_scope,
       [ instrument   = patient_rights_law,
         article      = "2-3",
         from         = date(2002,10,6),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient (MB 26 septembre 2002, numac 2002022737), art. 2, 1° (« patient: la personne physique à qui des soins de santé sont dispensés, à sa demande ou non ») et 3",
         verification = partial,
         note         = [ fr = "Définition du patient lue dans un avis de la Commission fédérale « Droits du patient »; entrée en vigueur le 6 octobre 2002 selon le Conseil national de l'Ordre des médecins (avis des 10 mai, 21 juin et 26 juillet 2003). Seuls les psychologues cliniciens sont des professionnels des soins de santé au sens de la loi (Commission des psychologues). Texte officiel non lu.",
                          en = "Definition of the patient read in an opinion of the Federal Commission on Patient Rights; in force on 6 October 2002 according to the National Council of the Order of physicians (opinions of 10 May, 21 June and 26 July 2003). Only clinical psychologists are health-care professionals within the law (Psychologists' Commission). Official text not read.",
                          nl = "Definitie van de patiënt gelezen in een advies van de Federale Commissie Rechten van de patiënt; in werking op 6 oktober 2002 volgens de nationale raad van de Orde der artsen. Enkel klinisch psychologen zijn gezondheidszorgbeoefenaars in de zin van de wet (Psychologencommissie). Officiële tekst niet gelezen." ]
       ]).
source(patient_rights_art_7,
       [ instrument   = patient_rights_law,
         article      = "7",
         from         = date(2002,10,6),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 7 (droit à l'information sur son état de santé; personne de confiance; droit de ne pas savoir; exception thérapeutique)",
         verification = unverified,
         note         = [ fr = "Texte de l'art. 7 non lu dans nos sources: son contenu est rappelé de mémoire et par des commentaires (droit à toutes les informations nécessaires pour comprendre son état de santé, communication à une personne de confiance à la demande du patient, droit de ne pas savoir, exception thérapeutique); la modification de 2024 n'est pas lue.",
                          en = "The text of art. 7 is not read in our sources: its content is recalled and taken from commentaries (the right to all information needed to understand one's state of health, communication to a person of trust at the patient's request, the right not to know, the therapeutic exception); the 2024 amendment is not read.",
                          nl = "De tekst van artikel 7 is niet gelezen: de inhoud komt uit het geheugen en uit commentaren (recht op alle informatie nodig om zijn gezondheidstoestand te begrijpen, mededeling aan een vertrouwenspersoon op verzoek van de patiënt, recht op niet-weten, therapeutische exceptie)." ]
       ]).
source(patient_rights_art_9_2002,
       [ instrument   = patient_rights_law,
         article      = "9",
         from         = date(2002,10,6),
         to           = date(2024,3,4),
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 9 §§ 1er à 3 (dossier de patient, consultation, copie), version d'origine",
         verification = partial,
         note         = [ fr = "§§ 1er et 2 (début) lus dans un avis de la Commission fédérale « Droits du patient » (2011); l'exclusion des annotations personnelles et des données concernant des tiers lue dans des extraits parlementaires et la Commission des psychologues. Texte officiel non lu.",
                          en = "§§ 1 and 2 (beginning) read in an opinion of the Federal Commission on Patient Rights (2011); the exclusion of personal notes and of data on third parties read in parliamentary extracts and the Psychologists' Commission. Official text not read.",
                          nl = "§§ 1 en 2 (begin) gelezen in een advies van de Federale Commissie Rechten van de patiënt (2011); de uitsluiting van de persoonlijke notities en van de gegevens over derden gelezen in parlementaire uittreksels en bij de Psychologencommissie. Officiële tekst niet gelezen." ]
       ]).
source(patient_rights_art_9_2024,
       [ instrument   = patient_rights_law,
         article      = "9",
         from         = date(2024,3,4),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 9, tel que modifié par la loi du 6 février 2024 (MB 23 février 2024): l'exclusion des annotations personnelles est supprimée",
         verification = partial,
         note         = [ fr = "Entrée en vigueur le 4 mars 2024 selon des sources secondaires concordantes (LegalNews, Bethanië, Monard Law); numac de la loi de 2024 non trouvé. Le Conseil national (avis du 7 juin 2024, cité par Artsenkrant) en déduit que le patient a droit à la consultation et à la copie des annotations personnelles le concernant, comme du reste du dossier.",
                          en = "In force on 4 March 2024 according to concordant secondary sources (LegalNews, Bethanië, Monard Law); numac of the 2024 law not found. The National Council (opinion of 7 June 2024, quoted by Artsenkrant) concludes that the patient is entitled to consult and copy the personal notes about him, like the rest of the file.",
                          nl = "In werking op 4 maart 2024 volgens overeenstemmende secundaire bronnen; numac van de wet van 2024 niet gevonden. De nationale raad (advies van 7 juni 2024) besluit dat de patiënt recht heeft op inzage en afschrift van de hem betreffende persoonlijke notities, zoals van de rest van het dossier." ]
       ]).
source(patient_rights_art_9_4,
       [ instrument   = patient_rights_law,
         article      = "9, § 4",
         from         = date(2002,10,6),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 9, § 4 (consultation après le décès par l'intermédiaire du praticien professionnel désigné)",
         verification = partial,
         note         = [ fr = "Texte d'origine lu dans une copie secondaire; conditions confirmées par le Conseil national (FAQ, avis du 17 décembre 2016). La loi du 6 février 2024 ajoute un § 4/1 (accès des parents au dossier de leur enfant mineur décédé) dont le texte n'est pas lu.",
                          en = "Original text read in a secondary copy; conditions confirmed by the National Council (FAQ, opinion of 17 December 2016). The law of 6 February 2024 adds a § 4/1 (parents' access to the file of their deceased minor child) whose text is not read.",
                          nl = "Oorspronkelijke tekst gelezen in een secundaire kopie; voorwaarden bevestigd door de nationale raad (FAQ, advies van 17 december 2016). De wet van 6 februari 2024 voegt een § 4/1 toe (toegang van de ouders tot het dossier van hun overleden minderjarig kind), waarvan de tekst niet gelezen is." ]
       ]).
source(patient_rights_art_12,
       [ instrument   = patient_rights_law,
         article      = "12",
         from         = date(2002,10,6),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 12 (patient mineur: droits exercés par les parents ou le tuteur; exercice autonome par le mineur apte à apprécier raisonnablement ses intérêts)",
         verification = partial,
         note         = [ fr = "§ 2 lu en néerlandais dans une note de conformité et en paraphrase française (Lexgo); la version de 2024 (parents d'accueil) n'est pas lue. Aucun âge fixe: l'aptitude s'apprécie au cas par cas.",
                          en = "§ 2 read in Dutch in a compliance note and in a French paraphrase (Lexgo); the 2024 version (foster parents) is not read. No fixed age: capacity is assessed case by case.",
                          nl = "§ 2 gelezen in het Nederlands in een nalevingsnota en in een Franse parafrase (Lexgo); de versie van 2024 (pleegouders) is niet gelezen. Geen vaste leeftijd: de bekwaamheid wordt geval per geval beoordeeld." ]
       ]).
source(patient_rights_art_15,
       [ instrument   = patient_rights_law,
         article      = "15",
         from         = date(2002,10,6),
         to           = open,
         reference    = "Loi du 22 août 2002 relative aux droits du patient, art. 15, § 1er (refus de consultation ou de copie demandée par le représentant, pour protéger la vie privée du patient)",
         verification = unverified,
         note         = [ fr = "Contenu rappelé de mémoire et par des commentaires, non lu.",
                          en = "Content recalled and taken from commentaries, not read.",
                          nl = "Inhoud uit het geheugen en uit commentaren, niet gelezen." ]
       ]).
source(patient_rights_secrecy_protects,
       [ instrument   = case_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Doctrine: le secret professionnel protège la personne qui se confie et ne lui est pas opposable (non vérifié ici)",
         verification = unverified,
         note         = [ fr = "La base de connaissances n'encode cette lecture que par la loi relative aux droits du patient (professionnels des soins de santé, depuis le 6 octobre 2002).",
                          en = "The knowledge base encodes this reading only through the patient-rights law (health-care professionals, from 6 October 2002).",
                          nl = "De kennisbank codeert deze lezing enkel via de wet patiëntenrechten (gezondheidszorgbeoefenaars, vanaf 6 oktober 2002)." ]
       ]).

% --- National Council of the Order of physicians ------------------------------
source(ordomedic_hiv_partner,
       [ instrument   = order_of_physicians,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Conseil national de l'Ordre des médecins, avis du 3 février 2007 « Secret professionnel et sida – information du partenaire » (rappelant les avis des 16 octobre 1993, 16 décembre 2000 et 25 mai 2002)",
         verification = verified,
         note         = [ fr = "« Sauf demande expresse du patient, le secret professionnel interdit au médecin d'informer de l'infection les partenaires d'une personne séropositive » (avis du 16 décembre 2000); l'état de nécessité reste « plutôt exceptionnel » (avis du 25 mai 2002). Une position déontologique, non une loi.",
                          en = "'Save at the patient's express request, professional secrecy forbids the doctor to inform the partners of an HIV-positive person of the infection' (opinion of 16 December 2000); necessity remains 'rather exceptional' (opinion of 25 May 2002). A deontological position, not a law.",
                          nl = "Behoudens uitdrukkelijk verzoek van de patiënt verbiedt het beroepsgeheim de arts de partners van een seropositieve persoon over de besmetting in te lichten (advies van 16 december 2000); de noodtoestand blijft eerder uitzonderlijk. Een deontologisch standpunt, geen wet." ]
       ]).
source(ordomedic_searches,
       [ instrument   = order_of_physicians,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Conseil national de l'Ordre des médecins, Bulletin n° 24 (1975-1976), rappelé dans l'avis du 14 mai 1983 « Saisie d'attestations de soins »: usages de la perquisition chez un médecin",
         verification = partial,
         note         = [ fr = "Des usages, non un texte de loi: perquisition en présence du médecin autant que possible et d'un membre du Conseil de l'Ordre, par le juge d'instruction en personne; le membre de l'Ordre ne peut s'opposer à la saisie, seulement faire acter ses réserves.",
                          en = "Usages, not a statute: the search in the doctor's presence as far as possible and in that of a member of the Order's council, by the investigating judge in person; the Order's member cannot oppose the seizure, only have his reservations recorded.",
                          nl = "Gebruiken, geen wettekst: huiszoeking zo mogelijk in aanwezigheid van de arts en van een lid van de raad van de Orde, door de onderzoeksrechter persoonlijk; het lid van de Orde kan zich niet tegen de inbeslagneming verzetten, enkel zijn voorbehoud laten akteren." ]
       ]).
source(ordomedic_control_medicine,
       [ instrument   = order_of_physicians,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Conseil national de l'Ordre des médecins, avis du 21 février 2009 « Médecine de contrôle – la communication de données non médicales » et avis du 16 octobre 2021 « Médecine de contrôle – directives déontologiques »",
         verification = partial,
         note         = [ fr = "« Le médecin contrôleur ne peut jamais communiquer le diagnostic à l'employeur. » Le Conseil national tient que la médecine de contrôle relève de la loi relative aux droits du patient (avis du 24 octobre 2009, Commission fédérale 2013).",
                          en = "'The control doctor may never communicate the diagnosis to the employer.' The National Council holds that control medicine falls within the patient-rights law (opinion of 24 October 2009, Federal Commission 2013).",
                          nl = "De controlearts mag de diagnose nooit aan de werkgever meedelen. De nationale raad stelt dat de controlegeneeskunde onder de wet patiëntenrechten valt." ]
       ]).
source(ordomedic_advisory_doctors,
       [ instrument   = order_of_physicians,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Conseil national de l'Ordre des médecins, avis « Le secret médical et l'assurance maladie-invalidité » (citant l'arrêté royal du 20 juillet 1967 sur le statut des médecins-conseils)",
         verification = partial,
         note         = [ fr = "« Il est interdit au médecin conseil d'exposer aux autorités administratives de son organisme assureur les considérations d'ordre médical qui motivent les décisions qu'il prend »; l'article de l'arrêté royal n'est pas vérifié.",
                          en = "'The advisory doctor may not set out to the administrative authorities of his insurance body the medical considerations behind his decisions'; the article of the royal decree is not verified.",
                          nl = "Het is de adviserend arts verboden de medische overwegingen van zijn beslissingen uiteen te zetten aan de administratieve overheden van zijn verzekeringsinstelling; het artikel van het koninklijk besluit is niet geverifieerd." ]
       ]).

% --- Insurance law ------------------------------------------------------------
source(insurance_1992_art_95,
       [ instrument   = land_insurance_law,
         article      = "95",
         from         = date(1992,9,21),
         to           = date(2014,11,1),
         reference    = "Loi du 25 juin 1992 sur le contrat d'assurance terrestre, art. 95 (modifié par l'art. 19 de la loi du 22 août 2002 relative aux droits du patient)",
         verification = partial,
         note         = [ fr = "Texte cité en entier par le Conseil national (avis sur l'art. 95; avis du 16 juillet 2005), non lu au Moniteur: « Pour autant que l'assureur justifie de l'accord préalable de l'assuré, le médecin de celui-ci transmet au médecin-conseil de l'assureur un certificat établissant la cause du décès. » En vigueur le 21 septembre 1992. Depuis le 6 octobre 2002, le médecin « peut remettre » à l'assuré les certificats nécessaires. La fin de cette version (le 1er novembre 2014, loi du 4 avril 2014) n'est pas vérifiée.",
                          en = "Text quoted in full by the National Council (opinion on art. 95; opinion of 16 July 2005), not read in the Official Gazette: 'Provided the insurer shows the insured's prior consent, the insured's doctor sends the insurer's medical adviser a certificate of the cause of death.' In force on 21 September 1992. From 6 October 2002, the doctor 'may give' the insured the certificates needed. The end of this version (1 November 2014, law of 4 April 2014) is not verified.",
                          nl = "Tekst volledig geciteerd door de nationale raad, niet gelezen in het Belgisch Staatsblad: mits de verzekeraar aantoont de voorafgaande toestemming van de verzekerde te bezitten, geeft de arts van de verzekerde aan de adviserend arts van de verzekeraar een verklaring af over de doodsoorzaak. In werking op 21 september 1992. Het einde van deze versie (1 november 2014) is niet geverifieerd." ]
       ]).
source(insurance_2014_art_61,
       [ instrument   = insurance_law_2014,
         article      = "61",
         from         = date(2014,11,1),
         to           = open,
         reference    = "Loi du 4 avril 2014 relative aux assurances, art. 61 (successeur de l'art. 95 de la loi du 25 juin 1992)",
         verification = unverified,
         note         = [ fr = "Texte de l'art. 61 non lu; qu'il reprenne l'art. 95 (certificats remis à l'assuré; cause du décès au médecin-conseil de l'assureur avec l'accord préalable de l'assuré) et sa date d'entrée en vigueur (1er novembre 2014) ne sont pas vérifiés.",
                          en = "The text of art. 61 is not read; that it takes over art. 95 (certificates handed to the insured; the cause of death to the insurer's medical adviser with the insured's prior consent) and its entry into force (1 November 2014) are not verified.",
                          nl = "De tekst van artikel 61 is niet gelezen; dat het artikel 95 overneemt en de datum van inwerkingtreding (1 november 2014) zijn niet geverifieerd." ]
       ]).

% --- Control medicine ------------------------------------------------------------
source(employment_contracts_art_31,
       [ instrument   = employment_contracts_law,
         article      = "31, § 3",
         from         = open,
         to           = open,
         reference    = "Loi du 3 juillet 1978 relative aux contrats de travail, art. 31, § 3, al. 2: « toutes autres constatations demeurent couvertes par le secret professionnel »",
         verification = partial,
         note         = [ fr = "Texte cité par le Conseil national (avis du 21 février 2009), non lu au Moniteur; la date de cette version n'est pas connue.",
                          en = "Text quoted by the National Council (opinion of 21 February 2009), not read in the Official Gazette; the date of this version is not known.",
                          nl = "Tekst geciteerd door de nationale raad (advies van 21 februari 2009), niet gelezen in het Belgisch Staatsblad; de datum van deze versie is niet gekend." ]
       ]).
source(control_medicine_law_1999,
       [ instrument   = control_medicine_law,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Loi du 13 juin 1999 relative à la médecine de contrôle (art. 2, 1°: définition de la médecine de contrôle)",
         verification = partial,
         note         = [ fr = "Définition lue dans l'avis du Conseil national du 16 octobre 2021; l'article qui règle ce que le médecin contrôleur dit à l'employeur et les échanges avec le médecin traitant n'est pas trouvé. Date d'entrée en vigueur non vérifiée.",
                          en = "Definition read in the National Council's opinion of 16 October 2021; the article on what the control doctor tells the employer, and on exchanges with the treating doctor, is not found. Entry into force not verified.",
                          nl = "Definitie gelezen in het advies van de nationale raad van 16 oktober 2021; het artikel over wat de controlearts aan de werkgever meedeelt en over de uitwisseling met de behandelende arts is niet gevonden." ]
       ]).
source(occupational_health_code,
       [ instrument   = welfare_at_work_code,
         article      = "",
         from         = open,
         to           = open,
         reference    = "Code du bien-être au travail, livre Ier, titre 4 (surveillance de la santé): le conseiller en prévention-médecin du travail communique à l'employeur une décision d'aptitude, sans diagnostic",
         verification = unverified,
         note         = [ fr = "Les articles du Code du bien-être au travail ne sont pas lus dans nos sources: règle rappelée de mémoire.",
                          en = "The articles of the Code on well-being at work are not read in our sources: the rule is recalled.",
                          nl = "De artikelen van de Codex over het welzijn op het werk zijn niet gelezen: de regel komt uit het geheugen." ]
       ]).

% --- Mediation: Judicial Code, art. 1728 ----------------------------------------
source(judicial_code_1728,
       [ instrument   = judicial_code,
         article      = "1728",
         from         = date(2005,9,30),
         to           = open,
         reference    = "Code judiciaire, art. 1728 (confidentialité de la médiation), depuis la loi du 21 février 2005, toutes versions",
         verification = partial,
         note         = [ fr = "Ce qui est commun aux versions de 2005 et de 2018, lu dans des paraphrases (lemediateur.be, renson-avocats.be), non dans le texte officiel.",
                          en = "What the 2005 and 2018 versions have in common, read in paraphrases, not in the official text.",
                          nl = "Wat de versies van 2005 en 2018 gemeen hebben, gelezen in parafrasen, niet in de officiële tekst." ]
       ]).
source(judicial_code_1728_2005,
       [ instrument   = judicial_code,
         article      = "1728",
         from         = date(2005,9,30),
         to           = date(2018,7,12),
         reference    = "Code judiciaire, art. 1728 (loi du 21 février 2005 modifiant le Code judiciaire en ce qui concerne la médiation)",
         verification = partial,
         note         = [ fr = "Contenu lu dans des paraphrases de médiateurs agréés et d'avocats (lemediateur.be, renson-avocats.be), non le texte officiel: confidentialité des documents et communications, le médiateur ne peut être appelé comme témoin par les parties dans une procédure civile ou administrative relative aux faits de la médiation, l'art. 458 du Code pénal s'applique au médiateur. Entrée en vigueur le 30 septembre 2005 (source secondaire).",
                          en = "Content read in paraphrases by accredited mediators and lawyers, not the official text: the documents and communications are confidential, the parties may not call the mediator as a witness in civil or administrative proceedings on the facts of the mediation, art. 458 of the Criminal Code applies to the mediator. In force on 30 September 2005 (secondary source).",
                          nl = "Inhoud gelezen in parafrasen van erkende bemiddelaars en advocaten, niet de officiële tekst: vertrouwelijkheid, de bemiddelaar kan door de partijen niet als getuige worden opgeroepen in een burgerlijke of administratieve procedure over de feiten van de bemiddeling, artikel 458 van het Strafwetboek is op de bemiddelaar van toepassing." ]
       ]).
source(judicial_code_1728_2018,
       [ instrument   = judicial_code,
         article      = "1728",
         from         = date(2018,7,12),
         to           = open,
         reference    = "Code judiciaire, art. 1728, tel que revu par la loi du 18 juin 2018",
         verification = partial,
         note         = [ fr = "La loi du 18 juin 2018 a revu la septième partie du Code judiciaire; la date du 12 juillet 2018 est celle que donne une source secondaire pour la médiation ordonnée par le juge; le texte modifié de l'art. 1728 n'est pas lu. Le législateur de 2018 a confirmé que la confidentialité n'est pas d'ordre public: les parties peuvent la lever de commun accord.",
                          en = "The law of 18 June 2018 revised the seventh part of the Judicial Code; 12 July 2018 is the date a secondary source gives for court-ordered mediation; the amended text of art. 1728 is not read. The 2018 legislator confirmed that confidentiality is not a matter of public order: the parties may lift it by common agreement.",
                          nl = "De wet van 18 juni 2018 herzag het zevende deel van het Gerechtelijk Wetboek; 12 juli 2018 is de datum die een secundaire bron geeft; de gewijzigde tekst van artikel 1728 is niet gelezen. De vertrouwelijkheid is niet van openbare orde: de partijen kunnen ze samen opheffen." ]
       ]).

% --- Judicial compulsion: search and seizure ------------------------------------
source(cic_search_seizure,
       [ instrument   = code_instruction_criminelle,
         article      = "87-89",
         from         = open,
         to           = open,
         reference    = "Code d'instruction criminelle, art. 87 à 89 (perquisition et saisie par le juge d'instruction)",
         verification = unverified,
         note         = [ fr = "Numéros d'articles rappelés de mémoire, non lus dans nos sources; le Conseil national cite le principe: « Le juge d'instruction peut pratiquer ou faire pratiquer des perquisitions et des saisies tant au domicile d'un inculpé qu'en tout autre lieu. »",
                          en = "Article numbers recalled, not read in our sources; the National Council states the principle: 'The investigating judge may carry out or have carried out searches and seizures at the home of a person charged or in any other place.'",
                          nl = "Artikelnummers uit het geheugen, niet gelezen; de nationale raad citeert het beginsel: de onderzoeksrechter kan huiszoekingen en inbeslagnemingen verrichten of laten verrichten, zowel ten huize van een inverdenkinggestelde als op elke andere plaats." ]
       ]).
source(judicial_code_production,
       [ instrument   = judicial_code,
         article      = "877-882",
         from         = open,
         to           = open,
         reference    = "Code judiciaire, art. 877 à 882 (production de documents ordonnée par le juge) et art. 972bis (expertise)",
         verification = unverified,
         note         = [ fr = "Textes non lus: que le dépositaire puisse opposer le secret comme motif légitime au juge civil qui ordonne la production, et le régime de l'expert, ne sont pas vérifiés.",
                          en = "Texts not read: that the secret-holder may raise secrecy as a legitimate ground before the civil judge who orders production, and the rules for the expert, are not verified.",
                          nl = "Teksten niet gelezen: dat de geheimhouder het beroepsgeheim als wettige reden kan inroepen tegen de burgerlijke rechter die de overlegging beveelt, en de regeling van de deskundige, zijn niet geverifieerd." ]
       ]).


%!  instrument_url(?Instrument, ?Url:string) is nondet.
%
%   Url is the address of the official consolidated text of Instrument,
%   where it is known: the page of `secret-kb serve` links every citation
%   of the instrument to it. Only addresses seen to answer with that text
%   are listed: the European Legislation Identifier of the Belgian
%   Moniteur's Justel database (the Criminal Code of 8 June 1867, numac
%   1867060850) and of EUR-Lex (Regulation (EU) 2016/679). Not opened from
%   here (no network): the text found there is the law, the knowledge
%   base's reading of it is not.

instrument_url(code_penal, "https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel").
instrument_url(gdpr, "https://eur-lex.europa.eu/eli/reg/2016/679/oj").
