/*  Code pénal (Strafwetboek) du 8 juin 1867 -- loaded into the module law (kb/law.pl)

    Articles in statute order: 422bis (Book II, title VIII), then 458,
    458bis and 458ter (title IX). Under each article's banner, its words
    (article/2, a short quotation of the text as last amended), then one
    block per rule, with the exceptions the article itself creates.
    Quotations: the Dutch coordinated text (Justel-style, unofficial
    Fisconetplus coordination), and the French text where we read it.
*/

/* ======================================================================
   Art. 422bis -- failure to help a person in danger (s18, s19)
   ----------------------------------------------------------------------
   Punishes whoever abstains from helping, or from obtaining help for, a
   person exposed to a grave peril. It binds everyone, secret-holders
   included; art. 458bis applies "sans préjudice" of it. When informing
   the authority is the only way to bring help, informing is a duty.
   The quotation is read in a secondary source (a Senate document).
   ====================================================================== */

article(cp_1867_422bis,
        [ instrument = code_penal,
          article    = "422bis",
          source     = cp_422bis,
          quote      = [ nl = "[Wordt gestraft] hij die verzuimt hulp te verlenen of te verschaffen aan iemand die in groot gevaar verkeert, hetzij hij zelf diens toestand heeft vastgesteld, hetzij die toestand hem is beschreven door degene die zijn hulp inroepen." ]
        ]).

rule(cp_422bis,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = all([recipient_in([police, public_prosecutor]), fact(only_way_to_protect)])
     , provision = cp_422bis
     , source    = cp_422bis
     , seed      = [s18]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue: l'autorité qui peut porter secours est la police ou le procureur du Roi.",
                         en = "Reading adopted: the authority that can bring help is the police or the public prosecutor.",
                         nl = "Aangenomen lezing: de overheid die hulp kan brengen is de politie of de procureur des Konings." ])
     , text      = [ fr = "Quand informer l'autorité est le seul moyen de porter secours à une personne exposée à un péril grave, se taire serait une non-assistance à personne en danger: il faut informer.",
                     en = "When informing the authority is the only way to bring help to a person exposed to a grave peril, silence would be failure to help a person in danger: one must inform.",
                     nl = "Wanneer de overheid inlichten de enige manier is om hulp te brengen aan iemand die in groot gevaar verkeert, zou zwijgen schuldig hulpverzuim zijn: men moet inlichten." ]
     ]).

advice(duty_to_help_binds_everyone,
       [ kind      = note
       , condition = all([verdict_in([not_covered]), fact(only_way_to_protect)])
       , provision = cp_422bis
       , source    = cp_422bis
       , seed      = [s18]
       , text      = [ fr = "Aucun secret professionnel ne s'applique, mais l'obligation de porter secours (art. 422bis) lie chacun: si informer est le seul moyen de secourir une personne en péril grave, il faut informer.",
                       en = "No professional secrecy applies, but the duty to help (art. 422bis) binds everyone: if informing is the only way to help a person in grave danger, one must inform.",
                       nl = "Er geldt geen beroepsgeheim, maar de hulpplicht (art. 422bis) geldt voor iedereen: is inlichten de enige manier om iemand in groot gevaar te helpen, dan moet men inlichten." ]
       ]).

advice(good_faith_help_is_not_422bis,
       [ kind      = note
       , condition = all([fact(grave_imminent_danger), no(only_way_to_protect)])
       , provision = cp_422bis
       , source    = cp_422bis
       , seed      = [s18]
       , text      = [ fr = "Avoir mis en place, de bonne foi, une aide que l'on croit protectrice n'est pas une non-assistance, même si l'on s'est trompé: le délit suppose de savoir qu'informer était le seul moyen et de s'en abstenir délibérément.",
                       en = "Having put in place, in good faith, help one believes protective is not failure to help, even if one was wrong: the offence requires knowing that informing was the only way and deliberately not doing it.",
                       nl = "Wie te goeder trouw hulp heeft ingezet die hij beschermend achtte, pleegt geen schuldig hulpverzuim, ook al heeft hij zich vergist: het wanbedrijf veronderstelt dat men wist dat inlichten de enige manier was en dat men het opzettelijk heeft nagelaten." ]
       ]).

advice(keep_helping,
       [ kind      = caveat
       , condition = all([ verdict_in([permitted, obligatory]),
                           not(basis_has(cic_46bis1_request)),
                           recipient_in([ police,
                                          public_prosecutor,
                                          investigating_judge,
                                          trial_court,
                                          parliamentary_inquiry,
                                          mandating_authority
                                        ])
                         ])
       , provision = cp_422bis
       , source    = cp_422bis
       , seed      = [s19]
       , text      = [ fr = "Informer l'autorité ne dispense pas de continuer à aider la personne, ou de la relayer vers un professionnel mieux outillé.",
                       en = "Informing the authority does not end the duty to keep helping the person, or to refer them to a better-equipped professional.",
                       nl = "De overheid inlichten ontslaat niet van de plicht de persoon verder te helpen, of hem door te verwijzen naar een beter uitgeruste hulpverlener." ]
       ]).

advice(penalty_422bis,
       [ kind      = note
       , condition = basis_has(cp_422bis)
       , provision = cp_422bis
       , source    = cp_422bis
       , seed      = [s18]
       , text      = [ fr = "S'abstenir serait puni d'un emprisonnement de huit jours à un an et d'une amende ou d'une de ces peines seulement (art. 422bis); jusqu'à deux ans si la personne en péril est mineure ou vulnérable. Le délit suppose que le péril ait été constaté personnellement ou décrit par ceux qui sollicitent l'intervention, et que l'on puisse agir sans danger sérieux pour soi-même ou pour autrui.",
                       en = "Abstaining would be punished by eight days to one year of imprisonment and a fine, or either of them (art. 422bis); up to two years if the person in danger is a minor or vulnerable. The offence requires that the peril was seen personally or described by those asking for help, and that one could act without serious danger to oneself or others.",
                       nl = "Nalaten zou bestraft worden met gevangenisstraf van acht dagen tot een jaar en met geldboete, of met een van die straffen alleen (art. 422bis); tot twee jaar als de persoon in gevaar minderjarig of kwetsbaar is. Het wanbedrijf veronderstelt dat men het gevaar zelf heeft vastgesteld of dat het beschreven werd door wie de hulp inroept, en dat men kon optreden zonder ernstig gevaar voor zichzelf of voor anderen." ]
       ]).

/* ======================================================================
   Art. 458 -- the duty of professional secrecy and its offence
   ----------------------------------------------------------------------
   The text as amended by the law of 30 June 1996 (art. 10: the
   parliamentary inquiry) and the law of 6 July 2017 (art. 312: "le décret
   ou l'ordonnance", "ou les autorise", the penalty).
   ====================================================================== */

article(cp_1867_458,
        [ instrument = code_penal,
          article    = "458",
          source     = cp_458,
          quote      = [ fr = "Les médecins, chirurgiens, officiers de santé, pharmaciens, sages-femmes et toutes autres personnes dépositaires, par état ou par profession, des secrets qu'on leur confie, qui, hors le cas où ils sont appelés à rendre témoignage en justice (ou devant une commission d'enquête parlementaire) et celui où la loi, le décret ou l'ordonnance les oblige ou les autorise à faire connaître ces secrets, les auront révélés, seront punis d'un emprisonnement d'un an à trois ans et d'une amende de cent euros à mille euros ou d'une de ces peines seulement.",
                         nl = "Geneesheren, heelkundigen, officieren van gezondheid, apothekers, vroedvrouwen en alle andere personen die uit hoofde van hun staat of beroep kennis dragen van geheimen die hun zijn toevertrouwd, en deze bekendmaken buiten het geval dat zij geroepen worden om in rechte (of voor een parlementaire onderzoekscommissie) getuigenis af te leggen en buiten het geval dat de wet, het decreet of de ordonnantie hen verplicht of toelaat die geheimen bekend te maken, worden gestraft met gevangenisstraf van een jaar tot drie jaar en een geldboete van honderd euro tot duizend euro of met een van die straffen alleen." ]
        ]).

conclusion(bound_by_secrecy(_),
           [ fr = "Le professionnel est tenu au secret professionnel.",
             en = "The discloser is bound by professional secrecy.",
             nl = "De beroepsbeoefenaar is gebonden door het beroepsgeheim." ]).

conclusion(covered_by_secrecy,
           [ fr = "L'information est couverte par le secret.",
             en = "The information is covered by secrecy.",
             nl = "De informatie valt onder het beroepsgeheim." ]).

conclusion(secrecy_duty,
           [ fr = "Le secret professionnel s'applique à cette information.",
             en = "Professional secrecy applies to this information.",
             nl = "Het beroepsgeheim geldt voor deze informatie." ]).

% --- Who is bound (s02, s03) -------------------------------------------
% The professions the article names.
rule(cp_458_named_profession,
     [ concludes = bound_by_secrecy(named_profession)
     , condition = role_in([doctor, pharmacist, midwife])
     , provision = cp_458
     , source    = cp_458
     , seed      = [s02]
     , text      = [ fr = "L'art. 458 nomme expressément cette profession (médecins, chirurgiens, officiers de santé, pharmaciens, sages-femmes).",
                     en = "Art. 458 names this profession expressly (doctors, surgeons, health officers, pharmacists, midwives).",
                     nl = "Art. 458 noemt dit beroep uitdrukkelijk (geneesheren, heelkundigen, officieren van gezondheid, apothekers, vroedvrouwen)." ]
     ]).

% The general clause: "toutes autres personnes dépositaires, par état ou
% par profession", read as every necessary confidant (s02).
rule(cp_458_necessary_confidant,
     [ concludes = bound_by_secrecy(necessary_confidant)
     , condition = role_in([ nurse,
                             psychologist,
                             social_worker,
                             mediator,
                             hospital_admin_agent,
                             service_director
                           ])
     , provision = principle
     , source    = necessary_confidant
     , seed      = [s02]
     , text      = [ fr = "Confident nécessaire: recevoir des confidences est inhérent à l'exercice de cette profession (clause générale de l'art. 458 du Code de 1867, de l'art. 352 du Code de 2024).",
                     en = "Necessary confidant: receiving confidences is inherent in this profession (general clause of art. 458 of the 1867 Code, art. 352 of the 2024 Code: holders of secrets by status or profession).",
                     nl = "Noodzakelijke vertrouweling: vertrouwelijke mededelingen ontvangen is inherent aan de uitoefening van dit beroep (algemene clausule van art. 458 van het Strafwetboek van 1867, van art. 352 van het Strafwetboek van 2024)." ]
     ]).

rule(cp_458_confidant_by_state,
     [ concludes = bound_by_secrecy(necessary_confidant)
     , condition = role_in([ educator,
                             justice_assistant,
                             lawyer,
                             youth_aid_worker,
                             cpas_staff,
                             pms_staff,
                             moral_counsellor
                           ])
     , provision = principle
     , source    = necessary_confidant
     , seed      = [s02]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue: le rapport présente les avocats comme visés par l'art. 458 (le texte ne les nomme pas: ils sont dépositaires par état) et traite les éducateurs comme tenus au secret dans sa première situation; la jurisprudence et la doctrine tiennent aussi les travailleurs des CPAS et de l'aide à la jeunesse pour des confidents nécessaires, indépendamment de leur loi particulière.",
                         en = "Reading adopted: the report presents lawyers as named by art. 458 (the text does not name them: they hold secrets by status) and treats educators as bound in its first situation; case law and doctrine also hold CPAS and youth-aid workers to be necessary confidants, independently of their specific laws.",
                         nl = "Aangenomen lezing: het rapport stelt de advocaten voor als bedoeld in art. 458 (de tekst noemt hen niet: zij dragen uit hoofde van hun staat kennis van geheimen) en behandelt de opvoeders in zijn eerste situatie als gebonden door het beroepsgeheim; rechtspraak en rechtsleer beschouwen ook de medewerkers van de OCMW's en van de hulpverlening aan de jeugd als noodzakelijke vertrouwelingen, los van hun bijzondere wet." ])
     , text      = [ fr = "Dépositaire de secrets par état ou par profession (clause générale de l'art. 458 du Code de 1867, de l'art. 352 du Code de 2024).",
                     en = "Holder of secrets by status or profession (general clause of art. 458 of the 1867 Code, art. 352 of the 2024 Code).",
                     nl = "Houder van geheimen uit hoofde van zijn staat of beroep (algemene clausule van art. 458 van het Strafwetboek van 1867, van art. 352 van het Strafwetboek van 2024)." ]
     ]).

% The institutions the seed names (s02): everyone working in a hospital.
rule(cp_458_hospital_staff,
     [ concludes = bound_by_secrecy(necessary_confidant)
     , condition = all([institution_in([hospital]), not(role_in([private_individual]))])
     , provision = principle
     , source    = necessary_confidant
     , seed      = [s02]
     , text      = [ fr = "Les personnes qui travaillent dans un hôpital ont accès à des informations privées par leur fonction: elles sont confidents nécessaires.",
                     en = "People who work in a hospital reach private information through their function: they are necessary confidants.",
                     nl = "Wie in een ziekenhuis werkt, krijgt door zijn functie toegang tot private informatie: hij is een noodzakelijke vertrouweling." ]
     ]).

% Specific laws (s03).
rule(cpas_law_staff,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = any([ role_in([cpas_staff]),
                         all([ institution_in([cpas]),
                               not(role_in([private_individual, cpas_council_member]))
                             ])
                       ])
     , provision = principle
     , source    = cpas_law_art_50
     , seed      = [s02, s03]
     , text      = [ fr = "Les membres du personnel des CPAS sont tenus au secret par la loi organique des CPAS.",
                     en = "CPAS staff are bound to secrecy by the Organic Law on CPAS.",
                     nl = "De personeelsleden van de OCMW's zijn gebonden door het beroepsgeheim krachtens de organieke OCMW-wet." ]
     ]).

rule(cpas_law_council,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = role_in([cpas_council_member])
     , provision = principle
     , source    = cpas_law_art_36
     , seed      = [s03]
     , text      = [ fr = "Les membres du conseil de l'action sociale sont tenus au secret sur les dossiers individuels (loi organique des CPAS, art. 36).",
                     en = "Members of the CPAS council are bound to secrecy about individual files (Organic Law on CPAS, art. 36).",
                     nl = "De leden van de raad voor maatschappelijk welzijn zijn tot geheimhouding verplicht over de individuele dossiers (organieke OCMW-wet, art. 36)." ]
     ]).

rule(youth_aid_decree_secrecy,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = any([ role_in([youth_aid_worker]),
                         all([ institution_in([youth_aid_service]),
                               not(role_in([private_individual]))
                             ])
                       ])
     , provision = principle
     , source    = youth_aid_decree_art_57
     , seed      = [s02, s03]
     , text      = [ fr = "Les intervenants de l'aide à la jeunesse sont tenus au secret par le décret relatif à l'aide à la jeunesse.",
                     en = "Youth-aid workers are bound to secrecy by the decree on youth aid.",
                     nl = "De hulpverleners in de hulpverlening aan de jeugd zijn gebonden door het beroepsgeheim krachtens het decreet inzake hulpverlening aan de jeugd." ]
     ]).

rule(pms_secrecy,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = any([ role_in([pms_staff]),
                         all([institution_in([pms_centre]), not(role_in([private_individual]))])
                       ])
     , provision = principle
     , source    = seed_pms_staff
     , seed      = [s02, s03]
     , text      = [ fr = "Le personnel des centres PMS est tenu au secret par une loi particulière.",
                     en = "PMS centre staff are bound to secrecy by a specific law.",
                     nl = "Het personeel van de PMS-centra is gebonden door het beroepsgeheim krachtens een bijzondere wet." ]
     ]).

rule(moral_counsellor_secrecy,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = role_in([moral_counsellor])
     , provision = principle
     , source    = seed_moral_counsellors
     , seed      = [s03]
     , text      = [ fr = "Les conseillers moraux sont tenus au secret par une loi particulière.",
                     en = "Moral counsellors are bound to secrecy by a specific law.",
                     nl = "De morele consulenten zijn gebonden door het beroepsgeheim krachtens een bijzondere wet." ]
     ]).

rule(police_secrecy,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = role_in([police_officer])
     , provision = principle
     , source    = seed_police
     , seed      = [s10]
     , text      = [ fr = "Le policier est lui aussi tenu au secret professionnel.",
                     en = "A police officer is bound by professional secrecy too.",
                     nl = "Ook de politieambtenaar is gebonden door het beroepsgeheim." ]
     ]).

% --- What the secret covers (s09) --------------------------------------
rule(cp_458_covers_what_was_learned,
     [ concludes = covered_by_secrecy
     , condition = all([ information_in([ confidence,
                                          medical_data,
                                          administrative_data,
                                          state_of_mind,
                                          client_status,
                                          factual_followup,
                                          fitness_for_work,
                                          cause_of_death
                                        ]),
                         fact(learned_in_profession)
                       ])
     , provision = principle
     , source    = secret_scope
     , seed      = [s09]
     , text      = [ fr = "Le secret couvre tout ce qui est appris à l'occasion de l'exercice de la profession, y compris le simple fait qu'une personne est suivie.",
                     en = "Secrecy covers everything learned in the exercise of the profession, including the bare fact that a person is followed.",
                     nl = "Het beroepsgeheim omvat alles wat men naar aanleiding van de uitoefening van het beroep verneemt, ook het loutere feit dat iemand begeleid wordt." ]
     ]).

rule(cp_458_covers_files,
     [ concludes = covered_by_secrecy
     , condition = all([information_in([social_report, whole_file]), fact(learned_in_profession)])
     , provision = principle
     , source    = secret_scope
     , seed      = [s09]
     , text      = [ fr = "Le secret couvre aussi les documents et les dossiers: l'accès aux dossiers doit être protégé.",
                     en = "Secrecy also covers documents and files: access to files must be protected.",
                     nl = "Het beroepsgeheim omvat ook de documenten en de dossiers: de toegang tot de dossiers moet beschermd worden." ]
     ]).

rule(cp_458_covers_confirmation,
     [ concludes = covered_by_secrecy
     , condition = all([information_in([public_fact]), fact(learned_in_profession)])
     , provision = principle
     , source    = secret_scope
     , seed      = [s09]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture du rapport (Nouwynck); la cour d'appel de Bruxelles (20 décembre 1988) a jugé qu'un fait dépourvu de caractère secret n'est pas couvert.",
                         en = "The report's reading (Nouwynck); the Brussels Court of Appeal (20 December 1988) held that a fact with no secret character is not covered.",
                         nl = "Lezing van het rapport (Nouwynck); het hof van beroep te Brussel (20 december 1988) oordeelde dat een feit zonder geheim karakter er niet onder valt." ])
     , text      = [ fr = "Confirmer une rumeur ou un fait public, avec l'autorité du professionnel, peut constituer une violation du secret.",
                     en = "Confirming a rumour or a public fact, with the professional's authority, may breach secrecy.",
                     nl = "Een gerucht of een publiek feit bevestigen, met het gezag van de beroepsbeoefenaar, kan een schending van het beroepsgeheim uitmaken." ]
     ]).

% --- The duty, and the verdict it gives (s01, s05, s06, s08) -----------
rule(cp_458_duty,
     [ concludes = secrecy_duty
     , condition = all([holds(bound_by_secrecy(_)), holds(covered_by_secrecy)])
     , provision = cp_458
     , source    = cp_458
     , seed      = [s01, s06]
     , text      = [ fr = "Le professionnel est tenu au secret pour cette information: un devoir avant d'être un droit, qui protège l'exercice de la profession, la relation de confiance et la vie privée des personnes, non le professionnel.",
                     en = "The professional is bound to secrecy about this information: a duty before it is a right, protecting the exercise of the profession, the relation of trust and people's private life, not the professional.",
                     nl = "De beroepsbeoefenaar is voor deze informatie tot het beroepsgeheim gehouden: een plicht vóór het een recht is, die de uitoefening van het beroep, de vertrouwensrelatie en het privéleven van de mensen beschermt, niet de beroepsbeoefenaar." ]
     ]).

rule(cp_458,
     [ concludes = verdict(forbidden)
     , condition = holds(secrecy_duty)
     , provision = cp_458
     , principle = secrecy
     , source    = cp_458
     , seed      = [s01, s05, s08]
     , text      = [ fr = "Le principe est le secret: révéler cette information hors des exceptions légales est puni par l'art. 458 du Code pénal.",
                     en = "The principle is secrecy: revealing this information outside the legal exceptions is punished by art. 458 of the Criminal Code.",
                     nl = "Het beginsel is het beroepsgeheim: deze informatie bekendmaken buiten de wettelijke uitzonderingen wordt bestraft door art. 458 van het Strafwetboek." ]
     ]).

rule(no_secrecy_duty,
     [ concludes = verdict(not_covered)
     , condition = not(holds(secrecy_duty))
     , provision = no_secrecy_duty
     , principle = no_duty
     , source    = cp_458
     , seed      = [s02, s08, s09]
     , text      = [ fr = "Aucun secret professionnel ne s'applique: le professionnel ou l'information échappe à l'art. 458.",
                     en = "No professional secrecy applies: the discloser or the information falls outside art. 458.",
                     nl = "Er geldt geen beroepsgeheim: de beroepsbeoefenaar of de informatie valt buiten art. 458." ]
     ]).

% --- Exception: testimony in justice (s14) -----------------------------
rule(cp_458_testimony_court,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([investigating_judge, trial_court]),
                         fact(called_to_testify)
                       ])
     , provision = cp_458_testimony
     , source    = cp_458
     , seed      = [s14]
     , text      = [ fr = "Appelé à témoigner en justice, devant un juge, un juge d'instruction, un tribunal ou une cour, le professionnel peut parler; il n'y est pas obligé.",
                     en = "Called to testify in court, before a judge, an investigating judge or a court, the professional may speak; they need not.",
                     nl = "Geroepen om in rechte getuigenis af te leggen, voor een rechter, een onderzoeksrechter, een rechtbank of een hof, mag de beroepsbeoefenaar spreken; hij is er niet toe verplicht." ]
     ]).

rule(cp_458_testimony_parliament,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([recipient_in([parliamentary_inquiry]), fact(called_to_testify)])
     , provision = cp_458_testimony
     , source    = cp_458_parliamentary_inquiry
     , seed      = [s14]
     , text      = [ fr = "Entendu comme témoin par une commission d'enquête parlementaire, le professionnel peut parler; il n'y est pas obligé.",
                     en = "Heard as a witness by a parliamentary inquiry commission, the professional may speak; they need not.",
                     nl = "Als getuige gehoord door een parlementaire onderzoekscommissie, mag de beroepsbeoefenaar spreken; hij is er niet toe verplicht." ]
     ]).

% --- What the answer must tell (advice) --------------------------------
% --- Exception: where the law obliges them (s15) -------------------------
% For the many laws the knowledge base does not encode, the user states that
% one applies (law_obliges_disclosure); the answer rests on that statement.

rule(cp_458_law_obliges_1867,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = fact(law_obliges_disclosure)
     , provision = law_obliges
     , source    = cp_458_law_obliges_1867
     , seed      = [s15]
     , text      = [ fr = "Art. 458: le secret cède là où la loi oblige à parler. Vous indiquez qu'un texte vous y oblige: la base de connaissances ne le contient pas et n'a pas pu le vérifier.",
                     en = "Art. 458: secrecy gives way where the law obliges one to speak. You state that a text obliges you to: the knowledge base does not hold it and could not check it.",
                     nl = "Art. 458: het geheim wijkt waar de wet tot spreken verplicht. U geeft aan dat een tekst u daartoe verplicht: de kennisbank bevat hem niet en kon hem niet nagaan." ]
     ]).

rule(cp_458_law_obliges_2017,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = fact(law_obliges_disclosure)
     , provision = law_obliges
     , source    = cp_458_law_obliges_2017
     , seed      = [s15]
     , text      = [ fr = "Art. 458: le secret cède là où la loi, le décret ou l'ordonnance oblige à parler. Vous indiquez qu'un tel texte vous y oblige: la base de connaissances ne le contient pas et n'a pas pu le vérifier.",
                     en = "Art. 458: secrecy gives way where a law, decree or ordinance obliges one to speak. You state that such a text obliges you to: the knowledge base does not hold it and could not check it.",
                     nl = "Art. 458: het geheim wijkt waar de wet, het decreet of de ordonnantie tot spreken verplicht. U geeft aan dat zo'n tekst u daartoe verplicht: de kennisbank bevat hem niet en kon hem niet nagaan." ]
     ]).

advice(law_obliges_unchecked_1867,
       [ kind      = caveat
       , condition = basis_has(law_obliges)
       , provision = law_obliges
       , source    = cp_458_law_obliges_1867
       , seed      = [s15]
       , text      = [ fr = "Vérifiez le texte qui vous oblige. Avant le 3 août 2017, l'art. 458 ne visait que la loi qui oblige: un décret, une ordonnance ou une simple autorisation ne levaient pas le secret. Ne communiquez que ce que ce texte exige.",
                       en = "Check the text that obliges you. Before 3 August 2017, art. 458 spoke only of a law that obliges: a decree, an ordinance or a mere authorisation did not lift secrecy. Give only what that text requires.",
                       nl = "Ga de tekst na die u verplicht. Vóór 3 augustus 2017 sprak art. 458 enkel van de wet die verplicht: een decreet, een ordonnantie of een loutere toelating hief het geheim niet op. Deel enkel mee wat die tekst vereist." ]
       ]).

advice(law_obliges_unchecked_2017,
       [ kind      = caveat
       , condition = basis_has(law_obliges)
       , provision = law_obliges
       , source    = cp_458_law_obliges_2017
       , seed      = [s15]
       , text      = [ fr = "Vérifiez le texte qui vous oblige: sa base (loi, décret ou ordonnance), ce qu'il vous oblige à communiquer et à qui. Ne communiquez que ce qu'il exige.",
                       en = "Check the text that obliges you: its basis (law, decree or ordinance), what it obliges you to give and to whom. Give only what it requires.",
                       nl = "Ga de tekst na die u verplicht: zijn grondslag (wet, decreet of ordonnantie), wat hij u verplicht mee te delen en aan wie. Deel enkel mee wat hij vereist." ]
       ]).

advice(police_must_refuse,
       [ kind      = note
       , condition = all([ recipient_in([police, public_prosecutor]),
                           not(role_in([police_officer])),
                           verdict_in([forbidden])
                         ])
       , provision = cp_458_testimony
       , source    = cp_458
       , seed      = [s14]
       , text      = [ fr = "Le témoignage en justice n'ouvre aucune exception devant la police ni devant le parquet: sollicité par eux, le professionnel doit refuser; il pourra éventuellement parler devant le juge d'instruction.",
                       en = "Testimony in court opens no exception before the police or the prosecution service: asked by them, the professional must refuse; they may later speak before the investigating judge.",
                       nl = "De getuigenis in rechte opent geen uitzondering tegenover de politie of het parket: wie door hen bevraagd wordt, moet weigeren; hij kan eventueel spreken voor de onderzoeksrechter." ]
       ]).

advice(consent_not_sufficient,
       [ kind      = note
       , condition = all([fact(person_consents), verdict_in([forbidden])])
       , provision = principle
       , source    = seed_report
       , seed      = [s01, s15]
       , text      = [ fr = "L'accord de la personne ne suffit jamais à lui seul: le secret est d'ordre public, il n'est pas contractuel. Une exception légale est nécessaire.",
                       en = "The person's consent is never sufficient on its own: secrecy is a rule of public order, not a contract. A legal exception is needed.",
                       nl = "Het akkoord van de betrokkene volstaat op zich nooit: het beroepsgeheim is van openbare orde, het is niet contractueel. Er is een wettelijke uitzondering nodig." ]
       ]).

advice(in_doubt_abstain,
       [ kind      = note
       , condition = all([verdict_in([forbidden]), incomplete])
       , provision = principle
       , source    = seed_report
       , seed      = [s08]
       , text      = [ fr = "Dans le doute, abstiens-toi: tant que les conditions d'une exception ne sont pas établies, le secret prévaut. On peut changer d'avis une fois l'exception établie.",
                       en = "In doubt, abstain: until the conditions of an exception are established, secrecy prevails. One may change one's mind once the exception is established.",
                       nl = "Bij twijfel, onthoud je: zolang de voorwaarden van een uitzondering niet vaststaan, primeert het beroepsgeheim. Men kan van mening veranderen zodra de uitzondering vaststaat." ]
       ]).

advice(testimony_no_duty_to_speak,
       [ kind      = caveat
       , condition = basis_has(cp_458_testimony)
       , provision = cp_458_testimony
       , source    = cp_458
       , seed      = [s14, s15]
       , text      = [ fr = "En témoignage, il n'y a plus d'obligation de se taire, mais pas non plus d'obligation de parler: apprécier en conscience, dans l'intérêt de la personne ou de la société.",
                       en = "In testimony there is no longer a duty to keep silent, but no duty to speak either: weigh it in conscience, in the interest of the person or of society.",
                       nl = "Bij een getuigenis is er geen zwijgplicht meer, maar evenmin een spreekplicht: afwegen in geweten, in het belang van de persoon of van de samenleving." ]
       ]).

% --- The penalty, by version (s05) -------------------------------------
advice(penalty_458_1867,
       [ kind      = note
       , condition = verdict_in([forbidden])
       , provision = cp_458
       , source    = cp_458_penalty_1867
       , seed      = [s05]
       , text      = [ fr = "Révéler le secret hors des exceptions est puni d'un emprisonnement de huit jours à six mois et d'une amende de cent à cinq cents francs, en euros depuis 2002 (art. 458, version d'origine).",
                       en = "Revealing the secret outside the exceptions is punished by imprisonment from eight days to six months and a fine of one hundred to five hundred francs, in euros since 2002 (art. 458, original version).",
                       nl = "Het geheim bekendmaken buiten de uitzonderingen wordt bestraft met gevangenisstraf van acht dagen tot zes maanden en met geldboete van honderd tot vijfhonderd frank, in euro sinds 2002 (art. 458, oorspronkelijke versie)." ]
       ]).

advice(penalty_458_2017,
       [ kind      = note
       , condition = verdict_in([forbidden])
       , provision = cp_458
       , source    = cp_458_penalty_2017
       , seed      = [s05]
       , text      = [ fr = "Révéler le secret hors des exceptions est puni d'un emprisonnement d'un an à trois ans et d'une amende de cent à mille euros ou d'une de ces peines seulement (art. 458), sans préjudice des suites civiles et disciplinaires.",
                       en = "Revealing the secret outside the exceptions is punished by one to three years' imprisonment and/or a fine of one hundred to one thousand euros (art. 458), besides civil and disciplinary consequences.",
                       nl = "Het geheim bekendmaken buiten de uitzonderingen wordt bestraft met gevangenisstraf van een jaar tot drie jaar en een geldboete van honderd tot duizend euro of met een van die straffen alleen (art. 458), onverminderd de burgerrechtelijke en tuchtrechtelijke gevolgen." ]
       ]).

/* ======================================================================
   Art. 458bis -- offences against minors and vulnerable persons (s17)
   ----------------------------------------------------------------------
   A secret-holder who knows of a listed offence committed on a minor (from
   2012: or a vulnerable person) may inform the procureur du Roi when the
   conditions hold. A faculty, never a duty, "sans préjudice" of 422bis.
   The exception presupposes the duty of secrecy (it sets aside cp_458).
   ====================================================================== */

article(cp_1867_458bis,
        [ instrument = code_penal,
          article    = "458bis",
          source     = cp_458bis_2012,
          quote      = [ nl = "Eenieder, die uit hoofde van zijn staat of beroep houder is van geheimen en hierdoor kennis heeft van een misdrijf zoals omschreven in de artikelen [...], gepleegd op een minderjarige of op een persoon die kwetsbaar is ten gevolge van zijn leeftijd, zwangerschap, partnergeweld, [...] een ziekte dan wel een lichamelijk of geestelijk gebrek of onvolwaardigheid kan, onverminderd de verplichtingen hem opgelegd door artikel 422bis, het misdrijf ter kennis brengen van de procureur des Konings, hetzij wanneer er een ernstig en dreigend gevaar bestaat voor de fysieke of psychische integriteit van de minderjarige of de bedoelde kwetsbare persoon en hij deze integriteit niet zelf of met hulp van anderen kan beschermen, hetzij wanneer er aanwijzingen zijn van een gewichtig en reëel gevaar dat andere minderjarigen of bedoelde kwetsbare personen het slachtoffer worden [...]." ]
        ]).

% Version of 2000 (in force 27 March 2001): minors only; the discloser must
% have examined the victim or received the victim's confidence; grave and
% imminent danger, and inability to protect.
rule(cp_458bis_2001,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([public_prosecutor]),
                         fact(listed_offence),
                         fact(victim_minor),
                         fact(victim_examined_or_confided),
                         fact(grave_imminent_danger),
                         no(can_protect)
                       ])
     , provision = cp_458bis
     , source    = cp_458bis_2001
     , seed      = [s17]
     , text      = [ fr = "Art. 458bis (2001): le dépositaire qui a examiné la victime mineure d'une infraction visée, ou recueilli ses confidences, peut informer le procureur du Roi s'il existe un péril grave et imminent pour son intégrité et qu'il ne peut la protéger lui-même ou avec l'aide de tiers.",
                     en = "Art. 458bis (2001): a secret-holder who examined a minor victim of a listed offence, or received the victim's confidence, may inform the public prosecutor if a grave and imminent danger threatens the minor's integrity and they cannot protect it alone or with the help of others.",
                     nl = "Art. 458bis (2001): de houder van geheimen die het minderjarige slachtoffer van een bedoeld misdrijf heeft onderzocht of door het slachtoffer in vertrouwen werd genomen, kan de procureur des Konings inlichten als er een ernstig en dreigend gevaar bestaat voor diens integriteit en hij die niet zelf of met hulp van anderen kan beschermen." ]
     ]).

% Version of 2011 (in force 30 January 2012): minors and vulnerable persons,
% any source of knowledge, and two alternative branches, each requiring
% that the discloser cannot protect alone or with the help of third parties.
rule(cp_458bis_2012,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([public_prosecutor]),
                         fact(listed_offence),
                         any([fact(victim_minor), fact(victim_vulnerable)]),
                         any([fact(grave_imminent_danger), fact(danger_other_victims)]),
                         no(can_protect)
                       ])
     , provision = cp_458bis
     , source    = cp_458bis_2012
     , seed      = [s17]
     , text      = [ fr = "Art. 458bis: le dépositaire qui a connaissance d'une infraction visée commise sur un mineur ou une personne vulnérable peut en informer le procureur du Roi, soit en cas de péril grave et imminent pour son intégrité, soit en cas d'indices d'un danger sérieux et réel que d'autres en soient victimes, s'il ne peut protéger cette intégrité lui-même ou avec l'aide de tiers.",
                     en = "Art. 458bis: a secret-holder who knows of a listed offence committed on a minor or a vulnerable person may inform the public prosecutor, either when a grave and imminent danger threatens that person's integrity, or when there are indications of a serious and real danger that others become victims, if they cannot protect that integrity alone or with the help of others.",
                     nl = "Art. 458bis: de houder van geheimen die kennis heeft van een bedoeld misdrijf gepleegd op een minderjarige of een kwetsbare persoon, kan het ter kennis brengen van de procureur des Konings, hetzij bij een ernstig en dreigend gevaar voor diens integriteit, hetzij bij aanwijzingen van een gewichtig en reëel gevaar dat anderen er het slachtoffer van worden, als hij die integriteit niet zelf of met hulp van anderen kan beschermen." ]
     ]).

% Constitutional Court 127/2013: the 2011 version is annulled insofar as
% it applies to a lawyer holding, from a client who is the author of the
% offence, confidential information that may incriminate that client.
conclusion(set_aside(_),
           [ fr = "Une exception est écartée pour ce cas.",
             en = "An exception is set aside in this case.",
             nl = "Een uitzondering wordt in dit geval buiten toepassing gelaten." ]).

% Between the law of 30 November 2011 and that of 23 February 2012, partner
% violence was not yet a ground: a victim vulnerable only for that reason
% was outside the article.
rule(cp_458bis_before_partner_ground,
     [ overrides = cp_458bis_2012
     , concludes = set_aside(cp_458bis_2012)
     , condition = all([ not(lacking(victim_partner_violence)),
                         lacking(victim_minor),
                         lacking(victim_vulnerable_classic),
                         lacking(victim_honour_violence)
                       ])
     , provision = cp_458bis
     , source    = cp_458bis_before_partner_ground
     , seed      = [s17]
     , text      = [ fr = "Avant la loi du 23 février 2012, la violence entre partenaires n'était pas un motif de vulnérabilité de l'art. 458bis: une victime vulnérable pour ce seul motif n'y entrait pas.",
                     en = "Before the law of 23 February 2012, partner violence was not a ground of vulnerability of art. 458bis: a victim vulnerable on that ground alone was outside it.",
                     nl = "Vóór de wet van 23 februari 2012 was partnergeweld geen grond van kwetsbaarheid in art. 458bis: een slachtoffer dat alleen om die reden kwetsbaar was, viel er niet onder." ]
     ]).

rule(cc_127_2013_lawyers,
     [ overrides = cp_458bis_2012
     , concludes = set_aside(cp_458bis_2012)
     , condition = all([role_in([lawyer]), fact(client_is_offender)])
     , provision = cp_458bis
     , source    = cc_127_2013
     , seed      = [s17]
     , text      = [ fr = "La Cour constitutionnelle (arrêt 127/2013) a annulé l'art. 458bis en tant qu'il s'applique à l'avocat dont le client, auteur de l'infraction, lui a confié des informations qui peuvent l'incriminer.",
                     en = "The Constitutional Court (judgment 127/2013) annulled art. 458bis insofar as it applies to a lawyer whose client, the author of the offence, confided information that may incriminate the client.",
                     nl = "Het Grondwettelijk Hof (arrest 127/2013) heeft art. 458bis vernietigd in zoverre het van toepassing is op de advocaat wiens cliënt, dader van het misdrijf, hem informatie heeft toevertrouwd die hem kan belasten." ]
     ]).

advice(only_the_prosecutor_458bis_2001,
       [ kind      = caveat
       , condition = basis_has(cp_458bis)
       , provision = cp_458bis
       , source    = cp_458bis_2001
       , seed      = [s17]
       , text      = [ fr = "L'art. 458bis permet d'informer le seul procureur du Roi; c'est une faculté, non une obligation. Un péril grave et imminent, non une simple inquiétude ou une rumeur.",
                       en = "Art. 458bis allows informing the public prosecutor only; it is a faculty, not a duty. A grave and imminent peril, not mere worry or rumour.",
                       nl = "Art. 458bis laat toe enkel de procureur des Konings in te lichten; het is een spreekrecht, geen spreekplicht. Een ernstig en dreigend gevaar, geen loutere ongerustheid of een gerucht." ]
       ]).

advice(only_the_prosecutor_458bis,
       [ kind      = caveat
       , condition = basis_has(cp_458bis)
       , provision = cp_458bis
       , source    = cp_458bis_2012
       , seed      = [s17]
       , text      = [ fr = "L'art. 458bis permet d'informer le seul procureur du Roi; c'est une faculté, non une obligation, sans préjudice de l'obligation de porter secours (art. 422bis). Un péril grave et imminent, un danger sérieux et réel, non une simple inquiétude ou une rumeur.",
                       en = "Art. 458bis allows informing the public prosecutor only; it is a faculty, not a duty, without prejudice to the duty to help (art. 422bis). A grave and imminent peril, a serious and real danger, not mere worry or rumour.",
                       nl = "Art. 458bis laat toe enkel de procureur des Konings in te lichten; het is een spreekrecht, geen spreekplicht, onverminderd de hulpplicht (art. 422bis). Een ernstig en dreigend gevaar, een gewichtig en reëel gevaar, geen loutere ongerustheid of een gerucht." ]
       ]).

advice(vulnerability_grounds_2012,
       [ kind      = note
       , condition = all([recipient_in([public_prosecutor]), fact(victim_vulnerable)])
       , provision = cp_458bis
       , source    = cp_458bis_2012
       , seed      = [s17]
       , text      = [ fr = "Vulnérabilité au sens de l'art. 458bis: en raison de l'âge, d'un état de grossesse, d'une maladie, d'une infirmité ou d'une déficience physique ou mentale.",
                       en = "Vulnerable within art. 458bis: because of age, pregnancy, illness, or a physical or mental infirmity or deficiency.",
                       nl = "Kwetsbaarheid in de zin van art. 458bis: ten gevolge van de leeftijd, zwangerschap, een ziekte dan wel een lichamelijk of geestelijk gebrek of onvolwaardigheid." ]
       ]).

advice(vulnerability_partner_violence,
       [ kind      = note
       , condition = all([recipient_in([public_prosecutor]), fact(victim_vulnerable)])
       , provision = cp_458bis
       , source    = cp_458bis_partner_violence
       , seed      = [s17]
       , text      = [ fr = "Depuis la loi du 23 février 2012, la violence entre partenaires est aussi un motif de vulnérabilité.",
                       en = "Since the law of 23 February 2012, partner violence is also a ground of vulnerability.",
                       nl = "Sinds de wet van 23 februari 2012 is partnergeweld ook een grond van kwetsbaarheid." ]
       ]).

advice(cc_163_2013_lawyers_partner_violence,
       [ kind      = caveat
       , condition = all([ role_in([lawyer]),
                           recipient_in([public_prosecutor]),
                           fact(victim_partner_violence) ])
       , provision = cp_458bis
       , source    = cc_163_2013
       , text      = [ fr = "Pour un avocat, l'extension de l'art. 458bis à la violence entre partenaires a fait l'objet d'un recours de l'Orde van Vlaamse balies (Cour constitutionnelle, arrêt 163/2013 du 5 décembre 2013); la base n'a pas lu la décision et ne la vérifie pas: voir l'arrêt avant de parler sur ce seul motif.",
                       en = "For a lawyer, the extension of art. 458bis to partner violence was challenged by the Orde van Vlaamse balies (Constitutional Court, judgment 163/2013 of 5 December 2013); the knowledge base has not read the ruling and does not check it: see the judgment before speaking on that ground alone.",
                       nl = "Voor een advocaat werd de uitbreiding van art. 458bis tot partnergeweld aangevochten door de Orde van Vlaamse balies (Grondwettelijk Hof, arrest 163/2013 van 5 december 2013); de kennisbank heeft de beslissing niet gelezen en controleert ze niet: lees het arrest alvorens op die grond alleen te spreken." ]
       ]).

advice(vulnerability_honour_violence,
       [ kind      = note
       , condition = all([recipient_in([public_prosecutor]), fact(victim_honour_violence)])
       , provision = cp_458bis
       , source    = cp_458bis_honour_ground
       , seed      = [s17]
       , text      = [ fr = "Le texte coordonné de l'art. 458bis cite aussi la violence au nom de la culture, de la coutume, de la religion, de la tradition ou du prétendu « honneur »; la loi qui a ajouté ce motif et sa date ne sont pas vérifiées: pour une date ancienne, il peut ne pas s'être appliqué.",
                       en = "The coordinated text of art. 458bis also lists violence in the name of culture, custom, religion, tradition or so-called \"honour\"; the law that added this ground and its date are not verified: for an early date it may not have applied.",
                       nl = "De gecoördineerde tekst van art. 458bis noemt ook geweld omwille van culturele drijfveren, gewoontes, tradities, religie of de zogenaamde \"eer\"; de wet die deze grond toevoegde en haar datum zijn niet nagegaan: voor een vroege datum gold hij mogelijk niet." ]
       ]).

advice(listed_offences_458bis,
       [ kind      = note
       , condition = all([ recipient_in([public_prosecutor]),
                           any([fact(victim_minor), fact(victim_vulnerable)])
                         ])
       , provision = cp_458bis
       , source    = cp_458bis_offences_2012
       , seed      = [s17]
       , text      = [ fr = "Infractions visées (circulaire COL 4/2018): art. 371/1 à 377, 377quater, 379, 380, 383bis §§ 1er et 2, 392 à 394, 396 à 405ter, 409, 423, 425, 426 et 433quinquies du Code pénal: attentat à la pudeur, viol, voyeurisme, corruption de la jeunesse, meurtre et tentative, coups et blessures volontaires, mutilations génitales, abandon, privation d'aliments ou de soins, traite.",
                       en = "Listed offences (circular COL 4/2018): arts. 371/1 to 377, 377quater, 379, 380, 383bis §§1-2, 392 to 394, 396 to 405ter, 409, 423, 425, 426 and 433quinquies of the Criminal Code: indecent assault, rape, voyeurism, corruption of youth, murder and attempt, wilful violence, genital mutilation, abandonment, deprivation of food or care, trafficking.",
                       nl = "Bedoelde misdrijven (omzendbrief COL 4/2018): art. 371/1 tot 377, 377quater, 379, 380, 383bis, §§ 1 en 2, 392 tot 394, 396 tot 405ter, 409, 423, 425, 426 en 433quinquies Sw.: aanranding van de eerbaarheid, verkrachting, voyeurisme, bederf van de jeugd, doodslag en poging, opzettelijke slagen en verwondingen, genitale verminking, verlating, onthouding van voedsel of verzorging, mensenhandel." ]
       ]).

advice(listed_offences_458bis_2022,
       [ kind      = note
       , condition = all([ recipient_in([public_prosecutor]),
                           any([fact(victim_minor), fact(victim_vulnerable)])
                         ])
       , provision = cp_458bis
       , source    = cp_458bis_offences_2022
       , seed      = [s17]
       , text      = [ fr = "Infractions visées depuis la réforme du droit pénal sexuel (1er juin 2022): art. 417/7 à 417/22, 417/24 à 417/38, 417/44 à 417/47, 417/56, 433quater/1 et 433quater/4 (infractions sexuelles), 392 à 394, 396 à 405ter, 409, 423, 425, 426 et 433quinquies du Code pénal.",
                       en = "Listed offences since the sexual-offences reform (1 June 2022): arts. 417/7 to 417/22, 417/24 to 417/38, 417/44 to 417/47, 417/56, 433quater/1 and 433quater/4 (sexual offences), 392 to 394, 396 to 405ter, 409, 423, 425, 426 and 433quinquies of the Criminal Code.",
                       nl = "Bedoelde misdrijven sinds de hervorming van het seksueel strafrecht (1 juni 2022): art. 417/7 tot 417/22, 417/24 tot 417/38, 417/44 tot 417/47, 417/56, 433quater/1 en 433quater/4 (seksuele misdrijven), 392 tot 394, 396 tot 405ter, 409, 423, 425, 426 en 433quinquies Sw." ]
       ]).

advice(listed_offences_458bis_2023,
       [ kind      = note
       , condition = all([ recipient_in([public_prosecutor]),
                           any([fact(victim_minor), fact(victim_vulnerable)])
                         ])
       , provision = cp_458bis
       , source    = cp_458bis_offences_2023
       , seed      = [s17]
       , text      = [ fr = "Infractions visées depuis le 28 octobre 2023: art. 417/7 à 417/22, 417/24 à 417/38, 417/44 à 417/47, 417/56, 433quater/1 et 433quater/4, 392 à 394, 396 à 405ter, 409, 423, 425, 426, 433quinquies et 442quinquies à 442nonies (pratiques de conversion) du Code pénal.",
                       en = "Listed offences since 28 October 2023: arts. 417/7 to 417/22, 417/24 to 417/38, 417/44 to 417/47, 417/56, 433quater/1 and 433quater/4, 392 to 394, 396 to 405ter, 409, 423, 425, 426, 433quinquies and 442quinquies to 442nonies (conversion practices) of the Criminal Code.",
                       nl = "Bedoelde misdrijven sinds 28 oktober 2023: art. 417/7 tot 417/22, 417/24 tot 417/38, 417/44 tot 417/47, 417/56, 433quater/1 en 433quater/4, 392 tot 394, 396 tot 405ter, 409, 423, 425, 426, 433quinquies en 442quinquies tot 442nonies (conversiepraktijken) Sw." ]
       ]).

/* ======================================================================
   Art. 458ter -- concertation de cas, case consultation (s26-s29, s11)
   ----------------------------------------------------------------------
   No offence when a secret-holder shares secrets within a consultation
   organised by or under a law, decree or ordinance, or with the reasoned
   authorisation of the procureur du Roi, exclusively to protect the
   physical and psychological integrity of the person or of others, or to
   prevent terrorist offences or offences of a criminal organisation.
   ====================================================================== */

article(cp_1867_458ter,
        [ instrument = code_penal,
          article    = "458ter",
          source     = cp_458ter,
          quote      = [ nl = "§ 1. Er is geen misdrijf wanneer iemand die uit hoofde van zijn staat of beroep houder is van geheimen, deze meedeelt in het kader van een overleg dat wordt georganiseerd, hetzij bij of krachtens een wet, decreet of ordonnantie, hetzij bij een met redenen omklede toestemming van de procureur des Konings. Dit overleg kan uitsluitend worden georganiseerd, hetzij met het oog op de bescherming van de fysieke en psychische integriteit van de persoon of van derden, hetzij ter voorkoming van de misdrijven bedoeld in Titel Iter van Boek II of van de misdrijven gepleegd in het raam van een criminele organisatie, zoals bepaald in artikel 324bis." ]
        ]).

rule(cp_458ter,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([case_consultation]),
                         any([ fact(consultation_legal_basis),
                               fact(consultation_prosecutor_authorised)
                             ]),
                         any([ fact(purpose_protect_integrity),
                               fact(purpose_prevent_terrorism),
                               fact(purpose_prevent_organised_crime)
                             ])
                       ])
     , provision = cp_458ter
     , source    = cp_458ter
     , seed      = [s26, s28]
     , text      = [ fr = "Art. 458ter: dans une concertation organisée par ou en vertu d'une loi, d'un décret ou d'une ordonnance, ou autorisée de manière motivée par le procureur du Roi, pour protéger l'intégrité physique et psychique de la personne ou de tiers, ou prévenir des infractions terroristes ou d'organisation criminelle, le dépositaire peut communiquer les secrets dont il est dépositaire; il n'y est pas obligé.",
                     en = "Art. 458ter: within a consultation organised by or under a law, decree or ordinance, or authorised in a reasoned decision by the public prosecutor, to protect the physical and psychological integrity of the person or of others, or to prevent terrorist or criminal-organisation offences, the secret-holder may share secrets; they need not.",
                     nl = "Art. 458ter: in een overleg georganiseerd bij of krachtens een wet, decreet of ordonnantie, of met een met redenen omklede toestemming van de procureur des Konings, ter bescherming van de fysieke en psychische integriteit van de persoon of van derden, of ter voorkoming van terroristische misdrijven of misdrijven van een criminele organisatie, mag de houder van geheimen die geheimen meedelen; hij is er niet toe verplicht." ]
     ]).

advice(consultation_keeps_the_secret,
       [ kind      = caveat
       , condition = basis_has(cp_458ter)
       , provision = cp_458ter
       , source    = cp_458ter
       , seed      = [s27, s28]
       , text      = [ fr = "Participer et parler sont facultatifs. Les participants sont tenus au secret sur ce qui s'échange dans la concertation (peines de l'art. 458); le procureur du Roi ne peut s'en servir que pour poursuivre les infractions qui ont motivé la concertation. Condition de l'exception: la loi ou l'autorisation doit préciser au moins qui participe, la finalité et les modalités de la concertation.",
                       en = "Taking part and speaking are optional. Participants are bound to secrecy about what is shared in the consultation (penalties of art. 458); the public prosecutor may use it only to prosecute the offences the consultation was about. A condition of the exception: the law or the authorisation must state at least who takes part, the purpose and the arrangements.",
                       nl = "Deelnemen en spreken zijn vrijblijvend. De deelnemers zijn tot geheimhouding verplicht over wat in het overleg gedeeld wordt (straffen van art. 458); de procureur des Konings kan het enkel gebruiken om de misdrijven te vervolgen waarvoor het overleg werd georganiseerd. Voorwaarde voor de uitzondering: de wet of de toestemming moet ten minste bepalen wie deelneemt, met welke finaliteit en volgens welke modaliteiten het overleg plaatsvindt." ]
       ]).

advice(consultation_needs_no_consent,
       [ kind      = note
       , condition = basis_has(cp_458ter)
       , provision = cp_458ter
       , source    = cp_458ter
       , seed      = [s11, s27]
       , text      = [ fr = "Légalement, l'accord de la personne n'est pas requis: certaines règles du secret partagé (l'accord, la même mission) ne valent pas dans ce cadre.",
                       en = "Legally, the person's consent is not required: some rules of shared secrecy (consent, the same mission) do not hold in this setting.",
                       nl = "Wettelijk is het akkoord van de betrokkene niet vereist: sommige regels van het gedeeld beroepsgeheim (het akkoord, dezelfde opdracht) gelden in dit kader niet." ]
       ]).

advice(csil_before_the_2018_law,
       [ kind      = note
       , condition = recipient_in([case_consultation])
       , provision = cp_458ter
       , source    = seed_consultation_examples
       , seed      = [s29]
       , text      = [ fr = "Avant la loi du 30 juillet 2018, exemples cités en 2018: Family Justice Centers (Flandre, à titre expérimental, sans cadre légal), projets pilotes sur la violence intrafamiliale (FWB), cellules de sécurité intégrale locales (CSIL, organisées par une circulaire). Une circulaire n'est ni une loi, ni un décret, ni une ordonnance: sans autorisation motivée du procureur du Roi, elle ne fonde pas l'art. 458ter.",
                       en = "Before the law of 30 July 2018, examples cited in 2018: Family Justice Centres (Flanders, experimental, no legal framework), pilot projects on intrafamily violence (French Community), local integrated security cells (CSIL, organised by a circular). A circular is not a law, decree or ordinance: without the public prosecutor's reasoned authorisation, it does not ground art. 458ter.",
                       nl = "Vóór de wet van 30 juli 2018, voorbeelden aangehaald in 2018: Family Justice Centers (Vlaanderen, bij wijze van experiment, zonder wettelijk kader), proefprojecten rond intrafamiliaal geweld (Federatie Wallonië-Brussel), lokale integrale veiligheidscellen (LIVC, georganiseerd bij omzendbrief). Een omzendbrief is geen wet, decreet of ordonnantie: zonder met redenen omklede toestemming van de procureur des Konings biedt hij geen grondslag voor art. 458ter." ]
       ]).

advice(csil_r_law_basis,
       [ kind      = note
       , condition = recipient_in([case_consultation])
       , provision = cp_458ter
       , source    = csil_r_law
       , seed      = [s29]
       , text      = [ fr = "Base légale connue: la loi du 30 juillet 2018 crée les cellules de sécurité intégrale locales en matière de radicalisme, d'extrémisme et de terrorisme (CSIL-R), validée par la Cour constitutionnelle (arrêt 52/2021).",
                       en = "Known legal basis: the law of 30 July 2018 creates local integrated security cells on radicalism, extremism and terrorism (CSIL-R), upheld by the Constitutional Court (judgment 52/2021).",
                       nl = "Gekende wettelijke grondslag: de wet van 30 juli 2018 richt de lokale integrale veiligheidscellen inzake radicalisme, extremisme en terrorisme (LIVC-R) op, overeind gehouden door het Grondwettelijk Hof (arrest 52/2021)." ]
       ]).

advice(veilige_huizen_basis,
       [ kind      = note
       , condition = recipient_in([case_consultation])
       , provision = cp_458ter
       , source    = veilige_huizen_decree
       , seed      = [s29]
       , text      = [ fr = "Base légale connue en Flandre: le décret du 29 mars 2024 sur les « Veilige Huizen » organise le casusoverleg au sens de l'art. 458ter (OCMW, CAW, services de santé mentale); depuis le 1er septembre 2026, l'art. 353, § 2, ne vise plus qu'une concertation organisée « par ou en vertu d'une loi »: qu'un décret suffise encore n'est pas tranché.",
                       en = "Known legal basis in Flanders: the decree of 29 March 2024 on the 'Veilige Huizen' organises casusoverleg within art. 458ter (OCMW, CAW, mental-health services); since 1 September 2026, art. 353 §2 speaks only of a consultation organised \"by or under a law\": whether a decree still suffices is not settled.",
                       nl = "Gekende wettelijke grondslag in Vlaanderen: het decreet van 29 maart 2024 over de Veilige Huizen organiseert het casusoverleg in de zin van art. 458ter (OCMW, CAW, centra voor geestelijke gezondheidszorg); sinds 1 september 2026 spreekt art. 353, § 2, enkel nog van een overleg georganiseerd \"bij of krachtens een wet\": of een decreet nog volstaat, is niet beslecht." ]
       ]).

/* ======================================================================
   Art. 458quater -- the lawyer and his client (2017-08-03 to 2026-08-31)
   ----------------------------------------------------------------------
   Inserted by the law of 6 July 2017 (art. 314): arts. 458bis and 458ter
   do not apply to a lawyer passing on his client's confidential
   information that may expose the client to prosecution. It puts into
   statute, and widens to 458ter, what Constitutional Court 127/2013 held
   for 458bis.
   ====================================================================== */

article(cp_1867_458quater,
        [ instrument = code_penal,
          article    = "458quater",
          source     = cp_458quater,
          quote      = [ nl = "De artikelen 458bis en 458ter zijn niet van toepassing op de advocaat voor wat betreft het meedelen van vertrouwelijke informatie van zijn cliënt wanneer die zijn cliënt mogelijk aan strafvervolging blootstelt." ]
        ]).

rule(cp_458quater,
     [ overrides = [cp_458bis_2012, cp_458ter]
     , concludes = set_aside(cp_458bis_and_458ter)
     , condition = all([role_in([lawyer]), fact(client_is_offender)])
     , provision = cp_458quater
     , source    = cp_458quater
     , seed      = [s17]
     , reading   = interpretation(cp_458quater,
                       [ fr = "Lecture retenue: « des informations confidentielles de son client qui peuvent l'exposer à des poursuites » est lu comme le fait que la personne qui s'est confiée est l'auteur de l'infraction et que l'information peut l'incriminer.",
                         en = "Reading adopted: \"confidential information of his client that may expose the client to prosecution\" is read as the person who confided being the author of the offence, and the information able to incriminate them.",
                         nl = "Aangenomen lezing: \"vertrouwelijke informatie van zijn cliënt die zijn cliënt mogelijk aan strafvervolging blootstelt\" wordt gelezen als: wie zich toevertrouwde is de dader van het misdrijf en de informatie kan hem belasten." ])
     , text      = [ fr = "Art. 458quater: les art. 458bis et 458ter ne s'appliquent pas à l'avocat pour les informations confidentielles de son client qui peuvent l'exposer à des poursuites.",
                     en = "Art. 458quater: arts. 458bis and 458ter do not apply to a lawyer for his client's confidential information that may expose the client to prosecution.",
                     nl = "Art. 458quater: de artikelen 458bis en 458ter zijn niet van toepassing op de advocaat voor vertrouwelijke informatie van zijn cliënt die zijn cliënt mogelijk aan strafvervolging blootstelt." ]
     ]).

/* ======================================================================
   The Criminal Code of 2024 (laws of 29 February 2024)
   ----------------------------------------------------------------------
   Published on 8 April 2024, announced for 8 April 2026, postponed to
   1 September 2026 (law of 30 March 2026): answers dated before then say
   what was known on their date. From then, kb/law/code_penal_2024.pl.
   ====================================================================== */

advice(criminal_code_2024_announced,
       [ kind      = note
       , condition = verdict_in([forbidden, permitted, obligatory, not_covered])
       , provision = principle
       , source    = new_criminal_code_announced
       , seed      = []
       , text      = [ fr = "Un nouveau Code pénal (lois du 29 février 2024, MB 8 avril 2024) doit entrer en vigueur le 8 avril 2026: les articles cités ici y changeront de numéro (art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299).",
                       en = "A new Criminal Code (laws of 29 February 2024, MB 8 April 2024) is to take effect on 8 April 2026: the articles cited here will change numbers (art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299).",
                       nl = "Een nieuw Strafwetboek (wetten van 29 februari 2024, BS 8 april 2024) treedt op 8 april 2026 in werking: de hier aangehaalde artikelen krijgen dan een ander nummer (art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299)." ]
       ]).

advice(criminal_code_2024_postponed,
       [ kind      = note
       , condition = verdict_in([forbidden, permitted, obligatory, not_covered])
       , provision = principle
       , source    = new_criminal_code_postponed
       , seed      = []
       , text      = [ fr = "La loi du 30 mars 2026 a reporté au 1er septembre 2026 l'entrée en vigueur du nouveau Code pénal (lois du 29 février 2024): d'ici là, les articles cités ici restent ceux du Code de 1867; ensuite art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299.",
                       en = "The law of 30 March 2026 moved the new Criminal Code's entry into force (laws of 29 February 2024) to 1 September 2026: until then the articles cited here remain those of the 1867 Code; then art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299.",
                       nl = "De wet van 30 maart 2026 heeft de inwerkingtreding van het nieuwe Strafwetboek (wetten van 29 februari 2024) uitgesteld tot 1 september 2026: tot dan blijven de hier aangehaalde artikelen die van het Strafwetboek van 1867; daarna art. 458 → 352, 458bis, 458ter, 458quater → 353, 422bis → 299." ]
       ]).

