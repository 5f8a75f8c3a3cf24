/*  Code pénal (Strafwetboek) of 2024 -- loaded into the module law (kb/law.pl)

    The laws of 29 February 2024 (MB 8 April 2024) introducing Book I and
    Book II of the Criminal Code, in force from 1 September 2026 (law of
    30 March 2026, arts. 252-253; the date is held once, in
    sources:entry_into_force/2). Book II repeals Book 2 of the 1867 Code
    (art. 118, 1° of the Book II law): arts. 422bis, 458, 458bis, 458ter
    and 458quater end the day before (kb/law/code_penal_1867.pl).

    Articles in statute order: Book I art. 13, then Book II arts. 299,
    352 and 353. Quotations: the Dutch coordinated text (unofficial
    Fisconetplus coordination, current to May 2026); the French text of the
    2024 Code is not read here.
*/

/* ======================================================================
   The provisions of 1867 this Code replaced
   ----------------------------------------------------------------------
   A rule or piece of advice whose own source outlives 2026-09-01 (a
   reading of necessity by the Order of physicians, a decree that allows
   speaking "where the law allows", a caveat on who is bound) still names
   the provision of 1867 it was written under; from the day the Code took
   effect (sources:entry_into_force/2) its answers cite the successor.
   provision_successor(Old, New, Instrument).
   ====================================================================== */

provision_successor(cp_458,           cp2024_352,           code_penal_2024).
provision_successor(cp_458_testimony, cp2024_352_testimony, code_penal_2024).
provision_successor(cp_458bis,        cp2024_353_1,         code_penal_2024).
provision_successor(cp_458ter,        cp2024_353_2,         code_penal_2024).
provision_successor(cp_458quater,     cp2024_353_3,         code_penal_2024).
provision_successor(cp_422bis,        cp2024_299,           code_penal_2024).
provision_successor(necessity,        cp2024_13,            code_penal_2024).

/* ======================================================================
   Book I, art. 13 -- necessity (noodtoestand; ancienne construction de
   la jurisprudence, Cass., 13 mai 1987), one of the justifications of
   art. 10 (3°)
   ====================================================================== */

article(cp_2024_13,
        [ instrument = code_penal_2024,
          article    = "13 (Livre Ier)",
          source     = cp2024_13,
          quote      = [ nl = "Er is noodtoestand en dus geen misdrijf wanneer iemand enkel door het plegen van een als misdrijf omschreven feit een recht of een belang kan vrijwaren dat een ernstig en onmiddellijk gevaar loopt en waarvan de waarde hoger is dan de waarde van hetgeen door het als misdrijf omschreven feit wordt prijsgegeven. De feiten worden niet gerechtvaardigd indien de betrokkene de aangevoerde noodtoestand zelf opzettelijk heeft doen ontstaan." ]
        ]).

rule(cp2024_13,
     [ overrides = cp2024_352
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([ police,
                                        public_prosecutor,
                                        investigating_judge,
                                        mandating_authority
                                      ]),
                         fact(grave_imminent_danger),
                         no(other_means),
                         fact(proportionate)
                       ])
     , provision = cp2024_13
     , source    = cp2024_13
     , seed      = [s16]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue, comme pour l'état de nécessité de la jurisprudence: les destinataires qui peuvent écarter le péril sont les autorités (police, parquet, juge d'instruction, autorité mandante).",
                         en = "Reading adopted, as for necessity in the case law: the recipients who can avert the danger are the authorities (police, prosecution, investigating judge, mandating authority).",
                         nl = "Aangenomen lezing, zoals voor de noodtoestand in de rechtspraak: de bestemmelingen die het gevaar kunnen afwenden zijn de overheden (politie, parket, onderzoeksrechter, mandaterende overheid)." ])
     , text      = [ fr = "État de nécessité (art. 13 du Livre Ier du Code pénal de 2024, qui codifie la jurisprudence): seule la révélation peut sauvegarder un droit ou un intérêt menacé d'un danger grave et imminent, d'une valeur supérieure au secret sacrifié; le professionnel peut informer les autorités, il n'y est pas obligé.",
                     en = "Necessity (art. 13 of Book I of the 2024 Criminal Code, which codifies the case law): only the disclosure can safeguard a right or interest under a serious and imminent danger, of a higher value than the secret sacrificed; the professional may inform the authorities, and need not.",
                     nl = "Noodtoestand (art. 13 van Boek I van het Strafwetboek van 2024, dat de rechtspraak codificeert): enkel de bekendmaking kan een recht of belang vrijwaren dat een ernstig en onmiddellijk gevaar loopt en waarvan de waarde hoger is dan het prijsgegeven geheim; de beroepsbeoefenaar mag de overheid inlichten, hij moet het niet." ]
     ]).

advice(necessity_not_if_self_caused,
       [ kind      = caveat
       , condition = basis_has(cp2024_13)
       , provision = cp2024_13
       , source    = cp2024_13
       , seed      = [s16]
       , text      = [ fr = "L'art. 13 exige un danger grave et imminent, que seule cette révélation peut écarter, et un intérêt d'une valeur supérieure au secret; il ne justifie pas celui qui a volontairement créé le danger. Il s'apprécie vers l'avenir: ne révéler que le nécessaire, au bon destinataire.",
                       en = "Art. 13 requires a serious and imminent danger that only this disclosure can avert, and an interest of higher value than the secret; it does not justify one who deliberately created the danger. It is judged looking forward: disclose only what is needed, to the right recipient.",
                       nl = "Art. 13 vereist een ernstig en onmiddellijk gevaar dat enkel deze bekendmaking kan afwenden, en een belang dat zwaarder weegt dan het geheim; het rechtvaardigt niet wie het gevaar zelf opzettelijk heeft doen ontstaan. Het wordt vooruitkijkend beoordeeld: maak enkel het nodige bekend, aan de juiste bestemmeling." ]
       ]).

/* ======================================================================
   Book II, art. 299 -- failure to help a person in danger (schuldig
   verzuim; ancien art. 422bis), with arts. 301-304
   ----------------------------------------------------------------------
   The fact only_way_to_protect holds the grave peril in its definition
   (and entails grave_imminent_danger, vocabulary:fact_implies/2).
   Being able to help without serious danger is no longer an element of
   the offence: art. 302 makes it a justification. Art. 304: a minor or
   vulnerable victim is an aggravating factor (the former two-year
   maximum is gone); art. 301: level 3 when the person dies.
   ====================================================================== */

article(cp_2024_299,
        [ instrument = code_penal_2024,
          article    = "299",
          source     = cp2024_299,
          quote      = [ nl = "Schuldig verzuim is het opzettelijk nalaten hulp te verlenen of te verschaffen aan iemand die in groot gevaar verkeert nadat de verzuimer deze toestand zelf heeft vastgesteld of nadat die toestand aan hem is beschreven door diegenen die zijn hulp inroepen. Dit misdrijf wordt bestraft met een straf van niveau 2." ]
        ]).

rule(cp2024_299,
     [ overrides = cp2024_352
     , concludes = verdict(obligatory)
     , condition = all([recipient_in([police, public_prosecutor]), fact(only_way_to_protect)])
     , provision = cp2024_299
     , source    = cp2024_299
     , seed      = [s18]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue, comme sous l'art. 422bis: l'autorité qui peut porter secours est la police ou le procureur du Roi.",
                         en = "Reading adopted, as under art. 422bis: the authority that can bring help is the police or the public prosecutor.",
                         nl = "Aangenomen lezing, zoals onder art. 422bis: de overheid die hulp kan brengen is de politie of de procureur des Konings." ])
     , text      = [ fr = "Art. 299 du Code pénal de 2024 (ancien art. 422bis): quand informer l'autorité est le seul moyen de porter secours à une personne exposée à un péril grave, s'abstenir serait une non-assistance à personne en danger: il faut informer.",
                     en = "Art. 299 of the 2024 Criminal Code (formerly art. 422bis): when informing the authority is the only way to bring help to a person exposed to a grave peril, abstaining would be failure to help a person in danger: one must inform.",
                     nl = "Art. 299 van het Strafwetboek van 2024 (voorheen art. 422bis): wanneer de overheid inlichten de enige manier is om hulp te bieden aan iemand die in groot gevaar verkeert, zou zwijgen schuldig verzuim zijn: men moet inlichten." ]
     ]).

advice(duty_to_help_binds_everyone_299,
       [ kind      = note
       , condition = all([verdict_in([not_covered]), fact(only_way_to_protect)])
       , provision = cp2024_299
       , source    = cp2024_299
       , seed      = [s18]
       , text      = [ fr = "Aucun secret professionnel ne s'applique, mais l'obligation de porter secours (art. 299 du Code pénal de 2024) lie chacun: si informer est le seul moyen de secourir une personne en péril grave, il faut informer.",
                       en = "No professional secrecy applies, but the duty to help (art. 299 of the 2024 Criminal Code) binds everyone: if informing is the only way to help a person in grave danger, one must inform.",
                       nl = "Er geldt geen beroepsgeheim, maar de hulpplicht (art. 299 van het Strafwetboek van 2024) geldt voor iedereen: is inlichten de enige manier om iemand in groot gevaar te helpen, dan moet men inlichten." ]
       ]).

advice(good_faith_help_299,
       [ kind      = note
       , condition = all([fact(grave_imminent_danger), no(only_way_to_protect)])
       , provision = cp2024_299
       , source    = cp2024_299
       , seed      = [s18]
       , text      = [ fr = "L'art. 299 punit l'abstention volontaire: avoir mis en place, de bonne foi, une aide que l'on croit protectrice n'est pas une non-assistance. L'art. 302 justifie celui qui, en aidant, se serait mis en danger sérieux ou y aurait mis autrui; l'art. 303 excuse celui qui n'a pas vu le péril et pouvait croire l'appel non sérieux ou dangereux.",
                       en = "Art. 299 punishes deliberate abstention: having put in place, in good faith, help one believes protective is not failure to help. Art. 302 justifies one who, by helping, would have put himself or others in serious danger; art. 303 excuses one who did not see the peril and could believe the call was not serious or was dangerous.",
                       nl = "Art. 299 bestraft het opzettelijk nalaten: wie te goeder trouw hulp heeft ingezet die hij beschermend achtte, pleegt geen schuldig verzuim. Art. 302 rechtvaardigt wie door te helpen zichzelf of anderen in ernstig gevaar zou hebben gebracht; art. 303 verschoont wie het gevaar niet zelf heeft vastgesteld en kon geloven dat het verzoek niet ernstig of gevaarlijk was." ]
       ]).

advice(keep_helping_299,
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
       , provision = cp2024_299
       , source    = cp2024_299
       , seed      = [s19]
       , text      = [ fr = "Informer l'autorité ne dispense pas de continuer à aider la personne, ou de la relayer vers un professionnel mieux outillé.",
                       en = "Informing the authority does not end the duty to keep helping the person, or to refer them to a better-equipped professional.",
                       nl = "De overheid inlichten ontslaat niet van de plicht de persoon verder te helpen, of hem door te verwijzen naar een beter uitgeruste hulpverlener." ]
       ]).

advice(penalty_299,
       [ kind      = note
       , condition = basis_has(cp2024_299)
       , provision = cp2024_299
       , source    = cp2024_299
       , seed      = [s18]
       , text      = [ fr = "S'abstenir serait puni d'une peine de niveau 2 (art. 299; Livre Ier, art. 36: notamment un emprisonnement de six mois à trois ans); que la personne en péril soit mineure ou vulnérable est une circonstance aggravante (art. 304); niveau 3 si elle en meurt (art. 301).",
                       en = "Abstaining would be punished by a level 2 penalty (art. 299; Book I, art. 36: among others six months' to three years' imprisonment); a minor or vulnerable person in danger is an aggravating factor (art. 304); level 3 if the person dies (art. 301).",
                       nl = "Zwijgen zou bestraft worden met een straf van niveau 2 (art. 299; Boek I, art. 36: onder meer een gevangenisstraf van zes maanden tot drie jaar); dat de persoon in gevaar minderjarig of kwetsbaar is, is een verzwarende factor (art. 304); niveau 3 als hij overlijdt (art. 301)." ]
       ]).

/* ======================================================================
   Book II, art. 352 -- breach of professional secrecy (ancien art. 458)
   ----------------------------------------------------------------------
   No profession is named any more: whoever holds, by state or
   profession, secrets confided to him. Intent is written in. The
   exceptions: testimony in court or before a parliamentary inquiry, and
   "where the law obliges or allows" ("de wet": whether a decree or an
   ordinance still counts is not settled by our sources). Level 2.
   ====================================================================== */

article(cp_2024_352,
        [ instrument = code_penal_2024,
          article    = "352",
          source     = cp2024_352,
          quote      = [ nl = "Schending van het beroepsgeheim is het opzettelijk door een persoon die uit hoofde van zijn staat of beroep kennis draagt van geheimen die hem zijn toevertrouwd, bekend maken van deze geheimen buiten het geval dat hij geroepen wordt om in rechte of voor een parlementaire onderzoekscommissie getuigenis af te leggen en buiten het geval dat de wet hem verplicht of toelaat die geheimen bekend te maken. Dit misdrijf wordt bestraft met een straf van niveau 2." ]
        ]).

% --- Who is bound, and the duty ----------------------------------------
% The general clause ("by state or profession") carries over in the rules
% of provision = principle (kb/law/code_penal_1867.pl and the special
% laws); only the professions art. 458 named need a word of their own.

rule(cp2024_352_formerly_named_professions,
     [ concludes = bound_by_secrecy(necessary_confidant)
     , condition = role_in([ doctor,
                             pharmacist,
                             midwife,
                             control_doctor,
                             occupational_doctor,
                             advisory_doctor
                           ])
     , provision = cp2024_352
     , source    = cp2024_352
     , seed      = [s02]
     , text      = [ fr = "L'art. 352 ne nomme plus les médecins (quelle que soit leur fonction: médecin contrôleur, du travail, conseil), pharmaciens et sages-femmes que nommait l'art. 458: ils sont dépositaires de secrets par profession.",
                     en = "Art. 352 no longer names the doctors (whatever their function: control, occupational or advisory doctor), pharmacists and midwives art. 458 named: they hold secrets by profession.",
                     nl = "Art. 352 noemt de geneesheren (welke functie ze ook uitoefenen: controlearts, arbeidsarts, adviserend arts), apothekers en vroedvrouwen die art. 458 noemde niet meer: zij dragen uit hoofde van hun beroep kennis van geheimen." ]
     ]).

rule(cp2024_352_duty,
     [ concludes = secrecy_duty
     , condition = all([holds(bound_by_secrecy(_)), holds(covered_by_secrecy)])
     , provision = cp2024_352
     , source    = cp2024_352
     , seed      = [s01, s06]
     , text      = [ fr = "Le professionnel est tenu au secret pour cette information (art. 352 du Code pénal de 2024): un devoir avant d'être un droit, qui protège l'exercice de la profession, la relation de confiance et la vie privée des personnes, non le professionnel.",
                     en = "The professional is bound to secrecy about this information (art. 352 of the 2024 Criminal Code): a duty before it is a right, protecting the exercise of the profession, the relation of trust and people's private life, not the professional.",
                     nl = "De beroepsbeoefenaar is voor deze informatie tot het beroepsgeheim gehouden (art. 352 van het Strafwetboek van 2024): een plicht vóór het een recht is, die de uitoefening van het beroep, de vertrouwensrelatie en het privéleven van de mensen beschermt, niet de beroepsbeoefenaar." ]
     ]).

rule(cp2024_352,
     [ concludes = verdict(forbidden)
     , condition = holds(secrecy_duty)
     , provision = cp2024_352
     , principle = secrecy
     , source    = cp2024_352
     , seed      = [s01, s05, s08]
     , text      = [ fr = "Le principe est le secret: révéler cette information hors des exceptions légales est puni par l'art. 352 du Code pénal de 2024 (ancien art. 458).",
                     en = "The principle is secrecy: revealing this information outside the legal exceptions is punished by art. 352 of the 2024 Criminal Code (formerly art. 458).",
                     nl = "Het beginsel is het beroepsgeheim: deze informatie bekendmaken buiten de wettelijke uitzonderingen wordt bestraft door art. 352 van het Strafwetboek van 2024 (voorheen art. 458)." ]
     ]).

rule(no_secrecy_duty_352,
     [ concludes = verdict(not_covered)
     , condition = not(holds(secrecy_duty))
     , provision = no_secrecy_duty
     , principle = no_duty
     , source    = cp2024_352
     , seed      = [s02, s08, s09]
     , text      = [ fr = "Aucun secret professionnel ne s'applique: le professionnel ou l'information échappe à l'art. 352 du Code pénal de 2024.",
                     en = "No professional secrecy applies: the discloser or the information falls outside art. 352 of the 2024 Criminal Code.",
                     nl = "Er geldt geen beroepsgeheim: de beroepsbeoefenaar of de informatie valt buiten art. 352 van het Strafwetboek van 2024." ]
     ]).

% --- The exceptions the article itself states ----------------------------

rule(cp2024_352_testimony_court,
     [ overrides = cp2024_352
     , concludes = verdict(permitted)
     , condition = all([recipient_in([investigating_judge, trial_court]), fact(called_to_testify)])
     , provision = cp2024_352_testimony
     , source    = cp2024_352
     , seed      = [s14]
     , text      = [ fr = "Appelé à témoigner en justice, devant un juge d'instruction, un tribunal ou une cour, le professionnel peut parler; il n'y est pas obligé (art. 352 du Code pénal de 2024, ancien art. 458).",
                     en = "Called to testify in court, before an investigating judge or a court, the professional may speak; they need not (art. 352 of the 2024 Criminal Code, formerly art. 458).",
                     nl = "Wie geroepen wordt om in rechte getuigenis af te leggen, voor een onderzoeksrechter, een rechtbank of een hof, mag spreken; hij moet het niet (art. 352 van het Strafwetboek van 2024, voorheen art. 458)." ]
     ]).

rule(cp2024_352_testimony_parliament,
     [ overrides = cp2024_352
     , concludes = verdict(permitted)
     , condition = all([recipient_in([parliamentary_inquiry]), fact(called_to_testify)])
     , provision = cp2024_352_testimony
     , source    = cp2024_352
     , seed      = [s14]
     , text      = [ fr = "Entendu comme témoin par une commission d'enquête parlementaire, le professionnel peut parler; il n'y est pas obligé (art. 352 du Code pénal de 2024).",
                     en = "Heard as a witness by a parliamentary inquiry commission, the professional may speak; they need not (art. 352 of the 2024 Criminal Code).",
                     nl = "Wie als getuige gehoord wordt door een parlementaire onderzoekscommissie, mag spreken; hij moet het niet (art. 352 van het Strafwetboek van 2024)." ]
     ]).

rule(cp2024_352_law_obliges,
     [ overrides = cp2024_352
     , concludes = verdict(obligatory)
     , condition = fact(law_obliges_disclosure)
     , provision = law_obliges
     , source    = cp2024_352
     , seed      = [s15]
     , text      = [ fr = "Art. 352: le secret cède là où la loi oblige à parler. Vous indiquez qu'une loi, un décret ou une ordonnance vous y oblige: la base de connaissances ne contient pas ce texte et n'a pas pu le vérifier.",
                     en = "Art. 352: secrecy gives way where the law obliges one to speak. You state that a law, decree or ordinance obliges you to: the knowledge base does not hold that text and could not check it.",
                     nl = "Art. 352: het geheim wijkt waar de wet tot spreken verplicht. U geeft aan dat een wet, decreet of ordonnantie u daartoe verplicht: de kennisbank bevat die tekst niet en kon hem niet nagaan." ]
     ]).

% --- What the answer must tell -------------------------------------------

advice(law_obliges_unchecked_352,
       [ kind      = caveat
       , condition = basis_has(law_obliges)
       , provision = law_obliges
       , source    = cp2024_352
       , seed      = [s15]
       , text      = [ fr = "Vérifiez le texte qui vous oblige: sa base, ce qu'il vous oblige à communiquer et à qui. L'art. 352 ne parle que de « la loi »; qu'un décret ou une ordonnance suffise encore n'est pas tranché. Ne communiquez que ce que ce texte exige.",
                       en = "Check the text that obliges you: its basis, what it obliges you to give and to whom. Art. 352 speaks only of \"the law\"; whether a decree or an ordinance still suffices is not settled. Give only what that text requires.",
                       nl = "Ga de tekst na die u verplicht: zijn grondslag, wat hij u verplicht mee te delen en aan wie. Art. 352 spreekt enkel van \"de wet\"; of een decreet of ordonnantie nog volstaat, is niet beslecht. Deel enkel mee wat die tekst vereist." ]
       ]).

advice(police_must_refuse_352,
       [ kind      = note
       , condition = all([ recipient_in([police, public_prosecutor]),
                           not(role_in([police_officer])),
                           verdict_in([forbidden])
                         ])
       , provision = cp2024_352_testimony
       , source    = cp2024_352
       , seed      = [s14]
       , text      = [ fr = "Le témoignage en justice n'ouvre aucune exception devant la police ni devant le parquet: sollicité par eux, le professionnel doit refuser; il pourra éventuellement parler devant le juge d'instruction.",
                       en = "Testimony in court opens no exception before the police or the prosecution service: asked by them, the professional must refuse; they may later speak before the investigating judge.",
                       nl = "De getuigenis in rechte opent geen uitzondering tegenover de politie of het parket: wie door hen bevraagd wordt, moet weigeren; hij kan eventueel later spreken voor de onderzoeksrechter." ]
       ]).

advice(testimony_no_duty_to_speak_352,
       [ kind      = caveat
       , condition = basis_has(cp2024_352_testimony)
       , provision = cp2024_352_testimony
       , source    = cp2024_352
       , seed      = [s14, s15]
       , text      = [ fr = "En témoignage, il n'y a plus d'obligation de se taire, mais pas non plus d'obligation de parler: apprécier en conscience, dans l'intérêt de la personne ou de la société.",
                       en = "In testimony there is no longer a duty to keep silent, but no duty to speak either: weigh it in conscience, in the interest of the person or of society.",
                       nl = "Bij een getuigenis is er geen zwijgplicht meer, maar evenmin een spreekplicht: afwegen in geweten, in het belang van de persoon of van de samenleving." ]
       ]).

advice(penalty_352,
       [ kind      = note
       , condition = verdict_in([forbidden])
       , provision = cp2024_352
       , source    = cp2024_penalty_level_2
       , seed      = [s05]
       , text      = [ fr = "Révéler le secret hors des exceptions est puni d'une peine de niveau 2 (art. 352; Livre Ier, art. 36: un emprisonnement de six mois à trois ans, ou une autre peine de ce niveau), sans préjudice des suites civiles et disciplinaires.",
                       en = "Revealing the secret outside the exceptions is punished by a level 2 penalty (art. 352; Book I, art. 36: six months' to three years' imprisonment, or another penalty of that level), besides civil and disciplinary consequences.",
                       nl = "Het geheim bekendmaken buiten de uitzonderingen wordt bestraft met een straf van niveau 2 (art. 352; Boek I, art. 36: een gevangenisstraf van zes maanden tot drie jaar, of een andere straf van dat niveau), onverminderd de burgerrechtelijke en tuchtrechtelijke gevolgen." ]
       ]).

advice(criminal_code_2024_in_force,
       [ kind      = note
       , condition = verdict_in([forbidden, permitted, obligatory, not_covered])
       , provision = cp2024_352
       , source    = new_criminal_code
       , seed      = []
       , text      = [ fr = "Depuis le 1er septembre 2026, le Code pénal de 2024 s'applique (lois du 29 février 2024; entrée en vigueur reportée du 8 avril au 1er septembre 2026 par la loi du 30 mars 2026): l'art. 352 remplace l'art. 458, l'art. 353 les art. 458bis, 458ter et 458quater, l'art. 299 l'art. 422bis, et l'état de nécessité est écrit à l'art. 13 du Livre Ier. Textes lus dans une coordination officieuse.",
                       en = "Since 1 September 2026 the Criminal Code of 2024 applies (laws of 29 February 2024; entry into force moved from 8 April to 1 September 2026 by the law of 30 March 2026): art. 352 replaces art. 458, art. 353 arts. 458bis, 458ter and 458quater, art. 299 art. 422bis, and necessity is written into art. 13 of Book I. Texts read in an unofficial coordination.",
                       nl = "Sinds 1 september 2026 geldt het Strafwetboek van 2024 (wetten van 29 februari 2024; inwerkingtreding door de wet van 30 maart 2026 verschoven van 8 april naar 1 september 2026): art. 352 vervangt art. 458, art. 353 de art. 458bis, 458ter en 458quater, art. 299 art. 422bis, en de noodtoestand staat in art. 13 van Boek I. Teksten gelezen in een officieuze coördinatie." ]
       ]).

/* ======================================================================
   Book II, art. 353 -- the holder of secrets may speak: §1 to the
   procureur du Roi (ancien 458bis), §2 in a case consultation (ancien
   458ter); §3: neither for a lawyer's client (ancien 458quater)
   ====================================================================== */

article(cp_2024_353,
        [ instrument = code_penal_2024,
          article    = "353",
          source     = cp2024_353_1,
          quote      = [ nl = "§ 1. Eenieder, die uit hoofde van zijn staat of beroep houder is van geheimen en hierdoor kennis heeft van een misdrijf zoals omschreven in de artikelen 96 tot 101, 134 tot 149, 151 tot 165, 171 tot 174, 194 tot 202, 206 tot 211, 258, 310 tot 315, 328 tot 330, en 333 tot 337, gepleegd op een minderjarige, op een persoon in een kwetsbare toestand in de zin van artikel 79, 2°, of op een persoon in een kwetsbare toestand ten gevolge van partnergeweld of het gebruiken van geweld in naam van culturele drijfveren, gewoontes, religie, tradities of de zogenaamde \"eer\", kan, onverminderd de verplichtingen hem opgelegd door artikel 299, het misdrijf ter kennis brengen van de procureur des Konings [...]. § 2. Er is geen misdrijf wanneer iemand die uit hoofde van zijn staat of beroep houder is van geheimen, deze meedeelt in het kader van een overleg dat wordt georganiseerd, hetzij bij of krachtens een wet, hetzij bij een met redenen omklede toestemming van de procureur des Konings. [...] § 3. De paragrafen 1 en 2 zijn niet van toepassing op de advocaat voor wat betreft het meedelen van vertrouwelijke informatie van zijn cliënt wanneer die zijn cliënt mogelijk aan strafvervolging blootstelt." ]
        ]).

% --- § 1: the procureur du Roi -------------------------------------------

rule(cp2024_353_1,
     [ overrides = cp2024_352
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([public_prosecutor]),
                         fact(listed_offence),
                         any([fact(victim_minor), fact(victim_vulnerable)]),
                         any([fact(grave_imminent_danger), fact(danger_other_victims)]),
                         no(can_protect)
                       ])
     , provision = cp2024_353_1
     , source    = cp2024_353_1
     , seed      = [s17]
     , text      = [ fr = "Art. 353, § 1er, du Code pénal de 2024 (ancien art. 458bis): le dépositaire qui a connaissance d'une infraction visée commise sur un mineur ou une personne vulnérable peut en informer le procureur du Roi, en cas de danger grave et imminent pour son intégrité ou d'indices d'un danger sérieux et réel que d'autres en soient victimes, s'il ne peut protéger cette intégrité lui-même ou avec l'aide de tiers.",
                     en = "Art. 353 §1 of the 2024 Criminal Code (formerly art. 458bis): a secret-holder who knows of a listed offence committed on a minor or a vulnerable person may inform the public prosecutor, when a serious and imminent danger threatens that person's integrity or there are indications of a serious and real danger that others become victims, if they cannot protect that integrity alone or with the help of others.",
                     nl = "Art. 353, § 1, van het Strafwetboek van 2024 (voorheen art. 458bis): wie uit hoofde van zijn staat of beroep houder is van geheimen en kennis heeft van een bedoeld misdrijf gepleegd op een minderjarige of een kwetsbare persoon, kan het ter kennis brengen van de procureur des Konings bij een ernstig en dreigend gevaar voor diens integriteit of bij aanwijzingen van een gewichtig en reëel gevaar dat anderen slachtoffer worden, als hij die integriteit niet zelf of met hulp van anderen kan beschermen." ]
     ]).

advice(only_the_prosecutor_353,
       [ kind      = caveat
       , condition = basis_has(cp2024_353_1)
       , provision = cp2024_353_1
       , source    = cp2024_353_1
       , seed      = [s17]
       , text      = [ fr = "L'art. 353, § 1er, permet d'informer le seul procureur du Roi; c'est un droit, non une obligation, sans préjudice de l'obligation de porter secours (art. 299). Un danger grave et imminent, un danger sérieux et réel, non une simple inquiétude ou une rumeur.",
                       en = "Art. 353 §1 allows informing the public prosecutor only; it is a right, not a duty, without prejudice to the duty to help (art. 299). A serious and imminent danger, a serious and real danger, not mere worry or rumour.",
                       nl = "Art. 353, § 1, laat toe enkel de procureur des Konings in te lichten; het is een spreekrecht, geen spreekplicht, onverminderd de hulpplicht (art. 299). Een ernstig en dreigend gevaar, een gewichtig en reëel gevaar, geen loutere ongerustheid of een gerucht." ]
       ]).

advice(vulnerability_and_offences_353,
       [ kind      = note
       , condition = all([ recipient_in([public_prosecutor]),
                           any([fact(victim_minor), fact(victim_vulnerable)])
                         ])
       , provision = cp2024_353_1
       , source    = cp2024_353_1
       , seed      = [s17]
       , text      = [ fr = "Art. 353, § 1er: victime mineure, ou vulnérable au sens de l'art. 79, 2° (âge, grossesse, maladie, infirmité ou déficience physique ou mentale) ou du fait de violences entre partenaires ou au nom de la culture, de la coutume, de la religion, de la tradition ou du prétendu « honneur »; infractions visées: art. 96 à 101, 134 à 149, 151 à 165, 171 à 174, 194 à 202, 206 à 211, 258, 310 à 315, 328 à 330 et 333 à 337 du nouveau Code.",
                       en = "Art. 353 §1: a minor victim, or one vulnerable within art. 79, 2° (age, pregnancy, illness, physical or mental infirmity or deficiency) or because of partner violence or violence in the name of culture, custom, religion, tradition or so-called \"honour\"; listed offences: arts. 96 to 101, 134 to 149, 151 to 165, 171 to 174, 194 to 202, 206 to 211, 258, 310 to 315, 328 to 330 and 333 to 337 of the new Code.",
                       nl = "Art. 353, § 1: een minderjarig slachtoffer, of een kwetsbaar in de zin van art. 79, 2° (leeftijd, zwangerschap, ziekte, lichamelijk of geestelijk gebrek of onvolwaardigheid) of ten gevolge van partnergeweld of geweld in naam van culturele drijfveren, gewoontes, religie, tradities of de zogenaamde \"eer\"; bedoelde misdrijven: art. 96 tot 101, 134 tot 149, 151 tot 165, 171 tot 174, 194 tot 202, 206 tot 211, 258, 310 tot 315, 328 tot 330 en 333 tot 337 van het nieuwe Wetboek." ]
       ]).

% --- § 2: the case consultation ------------------------------------------

rule(cp2024_353_2,
     [ overrides = cp2024_352
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
     , provision = cp2024_353_2
     , source    = cp2024_353_2
     , seed      = [s26, s28]
     , reading   = interpretation(cp2024_353_2,
                       [ fr = "Lecture retenue: « par ou en vertu d'une loi » est lu comme couvrant encore les concertations fondées sur un décret ou une ordonnance, que visait l'art. 458ter; nos sources ne tranchent pas cette question (la concertation des Veilige Huizen flamands, par exemple, repose sur un décret).",
                         en = "Reading adopted: \"by or under a law\" is read as still covering consultations based on a decree or an ordinance, which art. 458ter named; our sources do not settle the question (the Flemish Veilige Huizen's consultation, for one, rests on a decree).",
                         nl = "Aangenomen lezing: \"bij of krachtens een wet\" wordt gelezen als nog steeds van toepassing op overleg op grond van een decreet of ordonnantie, die art. 458ter noemde; onze bronnen beslechten die vraag niet (het casusoverleg van de Vlaamse Veilige Huizen bijvoorbeeld steunt op een decreet)." ])
     , text      = [ fr = "Art. 353, § 2, du Code pénal de 2024 (ancien art. 458ter): dans une concertation organisée par ou en vertu d'une loi, ou autorisée de manière motivée par le procureur du Roi, pour protéger l'intégrité physique et psychique de la personne ou de tiers, ou prévenir des infractions terroristes ou d'organisation criminelle, le dépositaire peut communiquer ses secrets; il n'y est pas obligé.",
                     en = "Art. 353 §2 of the 2024 Criminal Code (formerly art. 458ter): within a consultation organised by or under a law, or authorised in a reasoned decision by the public prosecutor, to protect the physical and psychological integrity of the person or of others, or to prevent terrorist or criminal-organisation offences, the secret-holder may share secrets; they need not.",
                     nl = "Art. 353, § 2, van het Strafwetboek van 2024 (voorheen art. 458ter): in een overleg georganiseerd bij of krachtens een wet, of met een met redenen omklede toestemming van de procureur des Konings, ter bescherming van de fysieke en psychische integriteit van de persoon of van derden, of ter voorkoming van terroristische misdrijven of misdrijven van een criminele organisatie, mag de houder van geheimen die meedelen; hij moet het niet." ]
     ]).

advice(consultation_keeps_the_secret_353,
       [ kind      = caveat
       , condition = basis_has(cp2024_353_2)
       , provision = cp2024_353_2
       , source    = cp2024_353_2
       , seed      = [s27, s28]
       , text      = [ fr = "Participer et parler sont facultatifs. Les participants sont tenus au secret sur ce qui s'échange dans la concertation (peine de niveau 2); les secrets partagés ne peuvent servir qu'à poursuivre les infractions qui ont motivé la concertation. La loi ou l'autorisation doit préciser au moins qui participe, la finalité et les modalités.",
                       en = "Taking part and speaking are optional. Participants are bound to secrecy about what is shared in the consultation (a level 2 penalty); the secrets shared may be used only to prosecute the offences the consultation was about. The law or the authorisation must state at least who takes part, the purpose and the arrangements.",
                       nl = "Deelnemen en spreken zijn vrijblijvend. De deelnemers zijn tot geheimhouding verplicht over wat in het overleg gedeeld wordt (straf van niveau 2); de meegedeelde geheimen kunnen enkel leiden tot vervolging van de misdrijven waarvoor het overleg werd georganiseerd. De wet of de toestemming bepaalt minstens wie deelneemt, met welke finaliteit en volgens welke modaliteiten." ]
       ]).

advice(consultation_needs_no_consent_353,
       [ kind      = note
       , condition = basis_has(cp2024_353_2)
       , provision = cp2024_353_2
       , source    = cp2024_353_2
       , seed      = [s11, s27]
       , text      = [ fr = "Légalement, l'accord de la personne n'est pas requis: certaines règles du secret partagé (l'accord, la même mission) ne valent pas dans ce cadre.",
                       en = "Legally, the person's consent is not required: some rules of shared secrecy (consent, the same mission) do not hold in this setting.",
                       nl = "Wettelijk is de toestemming van de persoon niet vereist: sommige regels van het gedeeld beroepsgeheim (toestemming, dezelfde opdracht) gelden in dit kader niet." ]
       ]).

% --- § 3: the lawyer and his client --------------------------------------

rule(cp2024_353_3,
     [ overrides = [cp2024_353_1, cp2024_353_2]
     , concludes = set_aside(cp2024_353)
     , condition = all([role_in([lawyer]), fact(client_is_offender)])
     , provision = cp2024_353_3
     , source    = cp2024_353_3
     , seed      = [s17]
     , reading   = interpretation(cp2024_353_3,
                       [ fr = "Lecture retenue: « des informations confidentielles de son client qui peuvent l'exposer à des poursuites » est lu comme le fait que la personne qui s'est confiée est l'auteur de l'infraction et que l'information peut l'incriminer.",
                         en = "Reading adopted: \"confidential information of his client that may expose the client to prosecution\" is read as the person who confided being the author of the offence, and the information able to incriminate them.",
                         nl = "Aangenomen lezing: \"vertrouwelijke informatie van zijn cliënt die zijn cliënt mogelijk aan strafvervolging blootstelt\" wordt gelezen als: wie zich toevertrouwde is de dader van het misdrijf en de informatie kan hem belasten." ])
     , text      = [ fr = "Art. 353, § 3, du Code pénal de 2024 (ancien art. 458quater): les §§ 1er et 2 ne s'appliquent pas à l'avocat pour les informations confidentielles de son client qui peuvent l'exposer à des poursuites.",
                     en = "Art. 353 §3 of the 2024 Criminal Code (formerly art. 458quater): §§1 and 2 do not apply to a lawyer for the confidential information of his client that may expose the client to prosecution.",
                     nl = "Art. 353, § 3, van het Strafwetboek van 2024 (voorheen art. 458quater): de §§ 1 en 2 zijn niet van toepassing op de advocaat voor vertrouwelijke informatie van zijn cliënt die zijn cliënt mogelijk aan strafvervolging blootstelt." ]
     ]).
