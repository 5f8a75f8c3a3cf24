/*  Code d'instruction criminelle (Wetboek van strafvordering) -- included by kb/law.pl

    Articles in statute order.
*/

/* ======================================================================
   Art. 29 -- officials' duty to report crimes and délits
   ----------------------------------------------------------------------
   Constituted authorities, public officers and officials who learn of a
   crime or délit in their functions must inform the procureur du Roi
   (text replaced by the law of 5 May 2019).
   ====================================================================== */

advice(cic_29_does_not_override_secrecy,
       [ kind      = note
       , condition = all([ recipient_in([public_prosecutor, police]),
                           verdict_in([forbidden]),
                           any([ role_in([cpas_staff, cpas_council_member, justice_assistant]),
                                 institution_in([cpas, justice_house])
                               ])
                         ])
       , provision = cic_29
       , source    = cic_29
       , seed      = []
       , text      = [ fr = "L'art. 29 du Code d'instruction criminelle oblige les fonctionnaires à dénoncer au procureur du Roi les crimes et délits dont ils ont connaissance, mais, selon l'opinion dominante, il ne lève pas le secret professionnel de ceux qui y sont tenus: le législateur a dû prévoir une règle spéciale (art. 46bis/1, § 3) pour l'imposer au personnel des institutions de sécurité sociale.",
                       en = "Art. 29 of the Code of Criminal Procedure obliges officials to report to the public prosecutor the crimes and délits they learn of but, on the prevailing view, it does not lift the professional secrecy of those bound by it: the legislator needed a special rule (art. 46bis/1 §3) to impose it on social-security staff.",
                       nl = "Art. 29 van het Wetboek van strafvordering verplicht de ambtenaren de misdaden en wanbedrijven waarvan zij kennis krijgen ter kennis te brengen van de procureur des Konings, maar volgens de heersende opvatting heft dat artikel het beroepsgeheim niet op van wie eraan gebonden is: de wetgever moest een bijzondere regel (art. 46bis/1, § 3) invoeren om die plicht op te leggen aan het personeel van de instellingen van sociale zekerheid." ]
       ]).

rule(police_judicial_duty,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([police_officer]),
                         recipient_in([police, public_prosecutor, investigating_judge])
                       ])
     , provision = cic_29
     , source    = cic_29
     , seed      = [s10]
     , reading   = interpretation(cic_29,
                       [ fr = "Lecture retenue: le secret du policier vaut envers les tiers; envers le parquet et le juge d'instruction, l'art. 29 CIC l'oblige à dénoncer les crimes et délits (à vérifier dans la loi sur la fonction de police).",
                         en = "Reading adopted: a police officer's secrecy holds towards third parties; towards the prosecution and the investigating judge, art. 29 obliges them to report crimes and délits (to be checked against the Police Function Act).",
                         nl = "Aangenomen lezing: het beroepsgeheim van de politieambtenaar geldt tegenover derden; tegenover het parket en de onderzoeksrechter verplicht art. 29 Sv. hem de misdaden en wanbedrijven ter kennis te brengen (na te gaan in de wet op het politieambt)." ])
     , text      = [ fr = "Le policier n'est pas tenu au secret envers son service ni envers les autorités judiciaires sous l'autorité desquelles il travaille; il doit leur dénoncer les crimes et délits dont il a connaissance (art. 29 CIC).",
                     en = "A police officer's secrecy does not hold towards their own service or the judicial authorities they work under; they must report to them the crimes and délits they learn of (art. 29 of the Code of Criminal Procedure).",
                     nl = "De politieambtenaar is niet tot geheimhouding gehouden tegenover zijn dienst, noch tegenover de gerechtelijke overheden onder wier gezag hij werkt; hij moet hun de misdaden en wanbedrijven waarvan hij kennis heeft ter kennis brengen (art. 29 Sv.)." ]
     ]).

/* ======================================================================
   Art. 46bis/1 -- social-security institutions and terrorist offences
   ----------------------------------------------------------------------
   Inserted by the law of 17 May 2017 (MB 3 July 2017, in force 1 September
   2017). §§ 1-2: in an investigation of terrorist offences, the procureur
   du Roi may, by a written and reasoned decision, require the
   social-security institutions to give the administrative information he
   deems necessary; refusal is fined (26 to 10,000 EUR). § 3: their staff
   must declare information that may be serious indications of a terrorist
   offence (annulled by the Constitutional Court, 44/2019 of 14 March 2019,
   published 4 April 2019).

   INTERPRETATION: an annulment is retroactive, but a scenario is judged by
   the law as it was known on its date; an annulment binds everyone from
   its publication in the Moniteur belge (special law of 6 January 1989,
   art. 9), so the duty is applied until 3 April 2019.
   ====================================================================== */

conclusion(social_security_institution,
           [ fr = "Le professionnel travaille dans une institution de sécurité sociale.",
             en = "The discloser works in a social-security institution.",
             nl = "De beroepsbeoefenaar werkt in een instelling van sociale zekerheid." ]).

% The institutions of the Charte de l'assuré social (CPAS, mutualities,
% family allowance funds, unemployment bodies ...). A CPAS staff member
% works in a CPAS even when the institution is not said.
rule(cic_46bis1_institution,
     [ concludes = social_security_institution
     , condition = any([ institution_in([ cpas,
                                          mutuality,
                                          family_allowance_fund,
                                          unemployment_office,
                                          other_social_security_institution
                                        ]),
                         role_in([cpas_staff])
                       ])
     , provision = cic_46bis1_request
     , source    = cic_46bis1_request
     , seed      = [s20]
     , text      = [ fr = "Le professionnel travaille dans une institution de sécurité sociale (CPAS, mutualité, caisse d'allocations familiales, organisme de chômage …).",
                     en = "The discloser works in a social-security institution (CPAS, health insurance fund, family allowance fund, unemployment body …).",
                     nl = "De beroepsbeoefenaar werkt in een instelling van sociale zekerheid (OCMW, ziekenfonds, kinderbijslagfonds, instelling voor werkloosheidsuitkeringen …)." ]
     ]).

rule(cic_46bis1_request,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ holds(social_security_institution),
                         recipient_in([public_prosecutor]),
                         fact(terrorism_investigation),
                         fact(reasoned_written_request),
                         information_in([administrative_data, client_status])
                       ])
     , provision = cic_46bis1_request
     , source    = cic_46bis1_request
     , seed      = [s20, s23]
     , reading   = interpretation(cic_46bis1_circular,
                       [ fr = "Lecture retenue: le fait que la personne soit bénéficiaire de l'institution (l'aide accordée) est un renseignement administratif; la circulaire n'a été lue que par des sources secondaires.",
                         en = "Reading adopted: that the person is a beneficiary of the institution (aid granted) is administrative information; the circular was read only through secondary sources.",
                         nl = "Aangenomen lezing: het feit dat de persoon begunstigde is van de instelling (de toegekende hulp) is een administratieve inlichting; de omzendbrief werd enkel via secundaire bronnen gelezen." ])
     , text      = [ fr = "Art. 46bis/1, §§ 1er et 2: requise par une décision écrite et motivée du procureur du Roi, dans une information sur des infractions terroristes, l'institution de sécurité sociale doit lui fournir les renseignements administratifs nécessaires.",
                     en = "Art. 46bis/1 §§1-2: required by a written and reasoned decision of the public prosecutor, in an investigation of terrorist offences, the social-security institution must give the necessary administrative information.",
                     nl = "Art. 46bis/1, §§ 1 en 2: gevorderd bij een schriftelijke en met redenen omklede beslissing van de procureur des Konings, in een opsporingsonderzoek naar terroristische misdrijven, moet de instelling van sociale zekerheid hem de nodige administratieve inlichtingen verstrekken." ]
     ]).

advice(refer_to_the_director,
       [ kind      = caveat
       , condition = basis_has(cic_46bis1_request)
       , provision = cic_46bis1_request
       , source    = cic_46bis1_circular
       , seed      = [s22]
       , text      = [ fr = "L'obligation pèse sur l'institution, non sur le travailleur: sollicité, il en réfère au directeur général ou au président du CPAS, qui répond.",
                       en = "The duty falls on the institution, not on the worker: when asked, the worker refers to the director general or the CPAS president, who answers.",
                       nl = "De plicht rust op de instelling, niet op de medewerker: wie bevraagd wordt, verwijst door naar de algemeen directeur of de voorzitter van het OCMW, die antwoordt." ]
       ]).

advice(keep_the_request_secret,
       [ kind      = caveat
       , condition = basis_has(cic_46bis1_request)
       , provision = cic_46bis1_request
       , source    = seed_report
       , seed      = [s21]
       , text      = [ fr = "Le fait même d'avoir été sollicité doit rester secret (selon le rapport de 2018; non vérifié dans le texte).",
                       en = "The request itself must be kept secret (according to the 2018 report; not verified in the text).",
                       nl = "Het loutere feit dat men bevraagd werd, moet geheim blijven (volgens het rapport van 2018; niet nagegaan in de tekst)." ]
       ]).

advice(only_administrative_information,
       [ kind      = caveat
       , condition = basis_has(cic_46bis1_request)
       , provision = cic_46bis1_request
       , source    = cic_46bis1_circular
       , seed      = [s23]
       , text      = [ fr = "Ne transmettre que les renseignements administratifs nécessaires (adresse, identité, composition du ménage, aide accordée …), jamais les confidences, l'état d'esprit ou les données médicales.",
                       en = "Give only the necessary administrative information (address, identity, household, aid granted …), never confidences, state of mind or medical data.",
                       nl = "Enkel de nodige administratieve inlichtingen doorgeven (adres, identiteit, gezinssamenstelling, toegekende hulp …), nooit vertrouwelijke mededelingen, de gemoedstoestand of medische gegevens." ]
       ]).

advice(request_excludes_this_information,
       [ kind      = note
       , condition = all([ holds(social_security_institution),
                           recipient_in([public_prosecutor]),
                           fact(terrorism_investigation),
                           information_in([ confidence,
                                            state_of_mind,
                                            medical_data,
                                            social_report
                                          ])
                         ])
       , provision = cic_46bis1_request
       , source    = cic_46bis1_circular
       , seed      = [s23]
       , text      = [ fr = "Les confidences, l'état d'esprit, les données médicales et le contenu des rapports sociaux ne sont pas des renseignements administratifs: une réquisition fondée sur l'art. 46bis/1 qui les vise doit être refusée.",
                       en = "Confidences, state of mind, medical data and the content of social reports are not administrative information: a request under art. 46bis/1 that seeks them must be refused.",
                       nl = "Vertrouwelijke mededelingen, de gemoedstoestand, medische gegevens en de inhoud van sociale verslagen zijn geen administratieve inlichtingen: een vordering op grond van art. 46bis/1 die erop gericht is, moet geweigerd worden." ]
       ]).

advice(cc_44_2019_reading,
       [ kind      = note
       , condition = all([ holds(social_security_institution),
                           recipient_in([public_prosecutor]),
                           fact(terrorism_investigation)
                         ])
       , provision = cic_46bis1_request
       , source    = cc_44_2019
       , seed      = [s23]
       , text      = [ fr = "La Cour constitutionnelle (arrêt 44/2019) a maintenu l'obligation passive, lue comme limitée aux renseignements purement administratifs (les rapports sociaux en sont exclus).",
                       en = "The Constitutional Court (judgment 44/2019) upheld the passive duty, read as limited to purely administrative information (social reports excluded).",
                       nl = "Het Grondwettelijk Hof (arrest 44/2019) heeft de passieve plicht gehandhaafd, gelezen als beperkt tot louter administratieve inlichtingen (sociale verslagen vallen erbuiten)." ]
       ]).

advice(refusal_fined_46bis1,
       [ kind      = note
       , condition = basis_has(cic_46bis1_request)
       , provision = cic_46bis1_request
       , source    = cic_46bis1_fine
       , seed      = [s20]
       , text      = [ fr = "L'institution qui refuse de répondre s'expose à une amende de 26 à 10.000 euros (art. 46bis/1, § 2; alinéa modifié par la loi du 6 décembre 2022, non vérifié).",
                       en = "An institution that refuses to answer faces a fine of 26 to 10,000 euros (art. 46bis/1 §2; paragraph amended by the law of 6 December 2022, not verified).",
                       nl = "De instelling die weigert te antwoorden, riskeert een geldboete van 26 tot 10.000 euro (art. 46bis/1, § 2 Sv.; lid gewijzigd bij de wet van 6 december 2022, niet nagegaan)." ]
       ]).

advice(refusal_punished_655,
       [ kind      = note
       , condition = basis_has(cic_46bis1_request)
       , provision = cic_46bis1_request
       , source    = cp2024_655
       , seed      = [s20]
       , text      = [ fr = "Depuis le 1er septembre 2026, l'art. 46bis/1 renvoie à l'art. 352 et précise que les institutions sont tenues de collaborer; l'amende de son § 2 est abrogée: le refus tombe sous l'art. 655 du Code pénal de 2024 (niveau 2, amende complémentaire de 200 à 160.000 euros).",
                       en = "Since 1 September 2026, art. 46bis/1 refers to art. 352 and states that the institutions must cooperate; the fine of its §2 is repealed: a refusal falls under art. 655 of the 2024 Criminal Code (level 2, additional fine of 200 to 160,000 euros).",
                       nl = "Sinds 1 september 2026 verwijst art. 46bis/1 Sv. naar art. 352 en bepaalt het dat de instellingen hun medewerking moeten verlenen; de geldboete van § 2 is opgeheven: een weigering valt onder art. 655 van het Strafwetboek van 2024 (niveau 2, bijkomende geldboete van 200 tot 160.000 euro)." ]
       ]).

% § 3 -- the active duty, from 1 September 2017 until its annulment.
rule(cic_46bis1_declaration,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = all([ holds(social_security_institution),
                         recipient_in([public_prosecutor]),
                         fact(serious_indications_terrorism)
                       ])
     , provision = cic_46bis1_declaration
     , source    = cic_46bis1_declaration
     , seed      = [s24]
     , text      = [ fr = "Art. 46bis/1, § 3: le membre du personnel d'une institution de sécurité sociale qui prend connaissance d'informations pouvant constituer des indices sérieux d'une infraction terroriste doit en faire la déclaration au procureur du Roi (art. 29).",
                     en = "Art. 46bis/1 §3: a staff member of a social-security institution who learns information that may be serious indications of a terrorist offence must declare it to the public prosecutor (art. 29).",
                     nl = "Art. 46bis/1, § 3: het personeelslid van een instelling van sociale zekerheid dat kennis krijgt van informatie die ernstige aanwijzingen van een terroristisch misdrijf kan uitmaken, moet daarvan aangifte doen bij de procureur des Konings (art. 29)." ]
     ]).

advice(declaration_weakens_the_worker,
       [ kind      = note
       , condition = basis_has(cic_46bis1_declaration)
       , provision = cic_46bis1_declaration
       , source    = seed_report
       , seed      = [s24]
       , text      = [ fr = "Ne pas déclarer n'est pas en soi punissable, mais fragilise le travailleur (obligation de porter secours, situation professionnelle).",
                       en = "Not declaring is not punishable in itself, but it weakens the worker (the duty to help, their job).",
                       nl = "Geen aangifte doen is op zich niet strafbaar, maar maakt de medewerker kwetsbaar (hulpplicht, beroepssituatie)." ]
       ]).

advice(declaration_and_medical_secrecy,
       [ kind      = note
       , condition = all([ basis_has(cic_46bis1_declaration),
                           any([role_in([doctor]), information_in([medical_data])])
                         ])
       , provision = cic_46bis1_declaration
       , source    = cic_46bis1_declaration
       , seed      = [s24]
       , text      = [ fr = "Des comptes rendus de presse de 2017 disent que le secret médical a été exclu de l'obligation de déclarer; le texte promulgué de l'art. 46bis/1, § 3, n'a pas été lu ici (seulement le projet, qui ne l'exclut pas): à vérifier avant de déclarer des données médicales.",
                       en = "Press reports of 2017 say medical secrecy was left out of the duty to declare; the enacted text of art. 46bis/1 §3 was not read here (only the bill, which does not exclude it): check before declaring medical data.",
                       nl = "Persberichten uit 2017 melden dat het medisch beroepsgeheim buiten de meldplicht werd gehouden; de aangenomen tekst van art. 46bis/1, § 3 Sv. is hier niet gelezen (enkel het ontwerp, dat het niet uitsluit): na te gaan vóór medische gegevens gemeld worden." ]
       ]).

advice(cic_46bis1_declaration_annulled,
       [ kind      = note
       , condition = all([ holds(social_security_institution),
                           fact(serious_indications_terrorism)
                         ])
       , provision = cic_46bis1_declaration
       , source    = cc_44_2019
       , seed      = [s24]
       , text      = [ fr = "L'obligation de déclaration de l'art. 46bis/1, § 3, a été annulée par la Cour constitutionnelle (arrêt 44/2019 du 14 mars 2019): la notion d'« indices sérieux » d'une infraction terroriste était trop imprécise pour un personnel qui n'a ni la compétence ni les moyens d'apprécier une intention terroriste; la règle n'était pas prévisible. L'annulation est rétroactive et vaut à l'égard de tous depuis la publication de l'arrêt au Moniteur belge (4 avril 2019): le secret s'applique, sous réserve de l'état de nécessité et de l'art. 422bis.",
                       en = "The duty to declare of art. 46bis/1 §3 was annulled by the Constitutional Court (judgment 44/2019 of 14 March 2019): the notion of 'serious indications' of a terrorist offence was too vague for staff who have neither the competence nor the means to assess terrorist intent; the rule was not foreseeable. The annulment is retroactive and binds everyone since the judgment's publication in the Moniteur belge (4 April 2019): secrecy applies, subject to necessity and art. 422bis.",
                       nl = "De aangifteplicht van art. 46bis/1, § 3, werd vernietigd door het Grondwettelijk Hof (arrest 44/2019 van 14 maart 2019): het begrip \"ernstige aanwijzingen\" van een terroristisch misdrijf was te onnauwkeurig voor personeel dat noch de bevoegdheid noch de middelen heeft om een terroristisch oogmerk te beoordelen; de regel was niet voorzienbaar. De vernietiging heeft terugwerkende kracht en geldt ten aanzien van iedereen sinds de bekendmaking van het arrest in het Belgisch Staatsblad (4 april 2019): het beroepsgeheim geldt, onder voorbehoud van de noodtoestand en van art. 422bis." ]
       ]).

advice(terrorism_before_2017,
       [ kind      = note
       , condition = fact(serious_indications_terrorism)
       , provision = necessity
       , source    = seed_before_2017
       , seed      = [s25]
       , text      = [ fr = "Avant la loi du 17 mai 2017, lever le secret en matière de terrorisme ne pouvait reposer que sur l'état de nécessité, qui exige un péril grave et imminent.",
                       en = "Before the law of 17 May 2017, lifting secrecy in terrorism matters could rest only on necessity, which requires a grave and imminent danger.",
                       nl = "Vóór de wet van 17 mei 2017 kon het opheffen van het beroepsgeheim inzake terrorisme enkel steunen op de noodtoestand, die een ernstig en dreigend gevaar vereist." ]
       ]).

