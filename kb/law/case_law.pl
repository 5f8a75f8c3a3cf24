/*  Case law, doctrine and the constructions they admit -- included by kb/law.pl

    These exceptions to art. 458 CP come from no article: each cites the
    case law or the doctrine that created it.
*/

/* ======================================================================
   Secret professionnel partagé -- shared professional secrecy (s10)
   ----------------------------------------------------------------------
   A construction of case law, admitted by the three main codes of ethics:
   only between professionals themselves bound by secrecy, whose missions
   pursue the same objectives, in the person's interest, with the person's
   informed agreement, limited to what is strictly necessary (cumulative
   conditions of art. 14 of the psychologists' code).

   Those conditions are one profession's: applied to every role and setting
   they are a reading, marked as such. The sources say more for two
   settings, each encoded below with its source: the youth-aid sector,
   whose ethics commission asks that the person be told beforehand (not
   that the person agree), and the team that works with the person
   (contract fact same_team, which implies same_mission).
   ====================================================================== */

rule(shared_secret,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([colleague, service_director, case_consultation]),
                         fact(recipient_bound_by_secrecy),
                         fact(same_mission),
                         fact(person_consents),
                         fact(in_person_interest),
                         fact(strictly_necessary)
                       ])
     , provision = shared_secret
     , source    = shared_secret
     , seed      = [s10]
     , reading   = interpretation(psychologists_code_art_14,
                       [ fr = "Lecture retenue: les conditions cumulatives de l'art. 14 du code des psychologues (accord de la personne informée, son intérêt, le strict nécessaire, des destinataires tenus au secret et de la même mission) sont appliquées ici à tout professionnel et à tout cadre; la jurisprudence n'en fixe pas la liste.",
                         en = "Reading adopted: the cumulative conditions of art. 14 of the psychologists' code (the informed person's agreement, their interest, only what is strictly needed, recipients bound by secrecy and on the same mission) are applied here to every professional and setting; case law does not fix the list.",
                         nl = "Aangenomen lezing: de cumulatieve voorwaarden van art. 14 van de code van de psychologen (akkoord van de ingelichte betrokkene, zijn belang, het strikt noodzakelijke, ontvangers die door het beroepsgeheim gebonden zijn en eenzelfde opdracht hebben) worden hier op elke beroepsbeoefenaar en elke context toegepast; de rechtspraak legt die lijst niet vast." ])
     , text      = [ fr = "Secret partagé: entre professionnels tenus au secret et poursuivant la même mission, dans l'intérêt de la personne, avec son accord, et dans la stricte mesure du nécessaire.",
                     en = "Shared secrecy: between professionals bound by secrecy who pursue the same mission, in the person's interest, with the person's agreement, and only as far as strictly necessary.",
                     nl = "Gedeeld beroepsgeheim: tussen beroepsbeoefenaars die door het beroepsgeheim gebonden zijn en eenzelfde opdracht hebben, in het belang van de betrokkene, met zijn akkoord en beperkt tot wat strikt noodzakelijk is." ]
     ]).

% In the youth-aid sector: the person told beforehand, not asked to agree
% (Commission de déontologie, avis 99/08; code art. 7 al. 1, avis 31/01).
% Avis 99/08 speaks of other workers ("d'autres intervenants"): the rule
% reaches colleagues and the hierarchy, not case consultations (art. 458ter
% and the general rule govern those).
rule(shared_secret_youth_aid,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ any([ role_in([youth_aid_worker]),
                               institution_in([youth_aid_service])
                             ]),
                         recipient_in([colleague, service_director]),
                         fact(recipient_bound_by_secrecy),
                         any([fact(same_mission), fact(same_team)]),
                         fact(person_informed),
                         fact(strictly_necessary)
                       ])
     , provision = shared_secret
     , source    = youth_aid_shared_secret
     , seed      = [s10]
     , reading   = interpretation(youth_aid_shared_secret,
                       [ fr = "Lecture retenue: dans l'aide à la jeunesse, la Commission de déontologie demande d'aviser le bénéficiaire (et ses représentants légaux) avant le partage, sans exiger son accord; le partage reste limité à des intervenants tenus au secret, de la même mission, et au nécessaire.",
                         en = "Reading adopted: in youth aid, the ethics commission asks that the beneficiary (and legal representatives) be told before sharing, without requiring agreement; sharing stays limited to professionals bound by secrecy, on the same mission, and to what is necessary.",
                         nl = "Aangenomen lezing: in de hulpverlening aan de jeugd vraagt de deontologische commissie de begunstigde (en zijn wettelijke vertegenwoordigers) vooraf in te lichten, zonder zijn akkoord te eisen; het delen blijft beperkt tot hulpverleners die door het beroepsgeheim gebonden zijn, met eenzelfde opdracht, en tot het noodzakelijke." ])
     , text      = [ fr = "Secret partagé dans l'aide à la jeunesse: entre intervenants tenus au secret et de la même mission, dans la mesure nécessaire aux objectifs de l'aide, le bénéficiaire en étant averti au préalable.",
                     en = "Shared secrecy in youth aid: between professionals bound by secrecy and on the same mission, as far as the aid's objectives require, the beneficiary told beforehand.",
                     nl = "Gedeeld beroepsgeheim in de hulpverlening aan de jeugd: tussen hulpverleners die door het beroepsgeheim gebonden zijn en eenzelfde opdracht hebben, voor zover de doelstellingen van de hulp het vereisen, de begunstigde vooraf ingelicht." ]
     ]).

% Within the team that works with the person: the same mission is given by
% the team (same_team); the other conditions stay. The contract says
% same_team implies same_mission; until vocabulary:fact_implies/2 carries
% that link, the rule names both facts (so it never holds where the general
% rule would not: it adds the team setting's source, not a new exit).
rule(shared_secret_team,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ recipient_in([colleague, service_director]),
                         fact(same_team),
                         fact(same_mission),
                         fact(recipient_bound_by_secrecy),
                         fact(person_consents),
                         fact(in_person_interest),
                         fact(strictly_necessary)
                       ])
     , provision = shared_secret
     , source    = shared_secret_team
     , seed      = [s10]
     , reading   = interpretation(shared_secret_team,
                       [ fr = "Lecture retenue: en réunion d'équipe, les membres de l'équipe qui suit la personne poursuivent la même mission; les autres conditions du secret partagé restent requises, dont l'accord de la personne.",
                         en = "Reading adopted: in a team meeting, the members of the team working with the person pursue the same mission; the other conditions of shared secrecy remain required, the person's agreement included.",
                         nl = "Aangenomen lezing: op een teamvergadering hebben de leden van het team dat de betrokkene begeleidt eenzelfde opdracht; de andere voorwaarden van het gedeeld beroepsgeheim blijven vereist, ook het akkoord van de betrokkene." ])
     , text      = [ fr = "Secret partagé au sein de l'équipe: avec un membre de l'équipe qui suit la personne, tenu au secret, dans l'intérêt de la personne, avec son accord et dans la stricte mesure du nécessaire.",
                     en = "Shared secrecy within the team: with a member of the team working with the person, bound by secrecy, in the person's interest, with the person's agreement and only as far as strictly necessary.",
                     nl = "Gedeeld beroepsgeheim binnen het team: met een lid van het team dat de betrokkene begeleidt, gebonden door het beroepsgeheim, in het belang van de betrokkene, met zijn akkoord en beperkt tot wat strikt noodzakelijk is." ]
     ]).

advice(shared_secret_stays_secret,
       [ kind      = caveat
       , condition = basis_has(shared_secret)
       , provision = shared_secret
       , source    = shared_secret
       , seed      = [s10]
       , text      = [ fr = "Ne partager que ce qui est strictement nécessaire à la mission commune; l'information ne peut être détournée de la finalité pour laquelle elle a été recueillie, et le destinataire reste tenu au secret.",
                       en = "Share only what the common mission strictly needs; the information may not be turned from the purpose for which it was collected, and the recipient remains bound to secrecy.",
                       nl = "Enkel delen wat strikt noodzakelijk is voor de gemeenschappelijke opdracht; de informatie mag niet worden afgewend van het doel waarvoor ze werd verzameld, en de ontvanger blijft gebonden door het beroepsgeheim." ]
       ]).

advice(different_missions,
       [ kind      = note
       , condition = all([ recipient_in([police]),
                           verdict_in([forbidden]),
                           fact(recipient_bound_by_secrecy)
                         ])
       , provision = shared_secret
       , source    = shared_secret
       , seed      = [s10]
       , text      = [ fr = "Un travailleur social et un policier sont tous deux tenus au secret, mais leurs missions diffèrent: il n'y a pas de secret partagé entre eux.",
                       en = "A social worker and a police officer are both bound to secrecy, but their missions differ: there is no shared secrecy between them.",
                       nl = "Een maatschappelijk werker en een politieambtenaar zijn allebei gebonden door het beroepsgeheim, maar hun opdrachten verschillen: tussen hen is er geen gedeeld beroepsgeheim." ]
       ]).

/* ======================================================================
   État de nécessité -- necessity (s16, s25)
   ----------------------------------------------------------------------
   Cass., 13 May 1987: whoever, weighing the duties in conflict and facing
   a grave and imminent harm, can protect a more pressing interest in no
   other way than by committing the act, is justified. A justification:
   the professional may speak, need not. Judged looking forward.
   ====================================================================== */

rule(necessity,
     [ overrides = cp_458
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
     , provision = necessity
     , source    = necessity
     , seed      = [s16]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue: les destinataires qui peuvent écarter le péril sont les autorités (police, parquet, juge d'instruction, autorité mandante).",
                         en = "Reading adopted: the recipients who can avert the danger are the authorities (police, prosecution, investigating judge, mandating authority).",
                         nl = "Aangenomen lezing: de bestemmelingen die het gevaar kunnen afwenden zijn de overheden (politie, parket, onderzoeksrechter, mandaterende overheid)." ])
     , text      = [ fr = "État de nécessité: face à un péril grave et imminent pour autrui, qu'il n'est pas possible d'écarter autrement, le professionnel peut informer les autorités, dans le respect de la proportionnalité et de la subsidiarité.",
                     en = "Necessity: facing a grave and imminent danger to another, which cannot be averted otherwise, the professional may inform the authorities, within proportionality and subsidiarity.",
                     nl = "Noodtoestand: tegenover een ernstig en dreigend gevaar voor een ander, dat niet op een andere manier kan worden afgewend, mag de beroepsbeoefenaar de overheden inlichten, met inachtneming van de proportionaliteit en de subsidiariteit." ]
     ]).

advice(necessity_beyond_the_authorities,
       [ kind      = note
       , condition = all([ fact(grave_imminent_danger),
                           no(other_means),
                           fact(proportionate),
                           recipient_in([family, colleague, service_director, employer])
                         ])
       , provision = necessity
       , source    = necessity
       , seed      = [s16]
       , text      = [ fr = "Cette base n'encode l'état de nécessité qu'envers les autorités; la doctrine l'admet aussi pour avertir la personne menacée elle-même (par exemple le partenaire exposé au VIH): à apprécier au cas par cas.",
                       en = "This knowledge base encodes necessity towards the authorities only; doctrine also accepts it for warning the threatened person (for instance a partner exposed to HIV): to be weighed case by case.",
                       nl = "Deze kennisbank codeert de noodtoestand enkel tegenover de overheden; de rechtsleer aanvaardt hem ook om de bedreigde persoon zelf te waarschuwen (bijvoorbeeld de partner die aan hiv is blootgesteld): geval per geval te beoordelen." ]
       ]).

advice(necessity_looks_forward,
       [ kind      = caveat
       , condition = basis_has(necessity)
       , provision = necessity
       , source    = necessity
       , seed      = [s16]
       , text      = [ fr = "L'état de nécessité s'apprécie vers l'avenir: il n'y a plus de nécessité une fois le péril passé. Chercher d'abord des solutions dans la relation d'aide; ne révéler que le nécessaire, au bon destinataire.",
                       en = "Necessity is judged looking forward: there is no necessity once the danger has passed. Look first for solutions within the helping relationship; disclose only what is needed, to the right recipient.",
                       nl = "De noodtoestand wordt vooruitkijkend beoordeeld: zodra het gevaar voorbij is, is er geen noodtoestand meer. Zoek eerst oplossingen binnen de hulpverleningsrelatie; maak enkel het nodige bekend, aan de juiste bestemmeling." ]
       ]).

/* ======================================================================
   Travail sous mandat -- mandated work and follow-up reports (s12, s13)
   ----------------------------------------------------------------------
   A service working under a mandate reports to the authority that gave
   it the elements that concern the mission; secrecy persists towards
   everyone else, and the person must know what is reported and to whom.
   Follow-up reports to the justice assistant, for persons under judicial
   conditions, carry factual data only.
   ====================================================================== */

rule(mandate_report,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ recipient_in([mandating_authority]),
                         fact(under_mandate),
                         information_in([ social_report,
                                          factual_followup,
                                          client_status,
                                          administrative_data
                                        ])
                       ])
     , provision = mandate
     , source    = mandate
     , seed      = [s13]
     , reading   = interpretation(mandate,
                       [ fr = "Lecture retenue: relèvent de la mission le rapport, les données de suivi et la situation de la personne; ses confidences et son état d'esprit restent secrets.",
                         en = "Reading adopted: the report, follow-up data and the person's situation concern the mission; what the person confided, and their state of mind, stay secret.",
                         nl = "Aangenomen lezing: het verslag, de opvolgingsgegevens en de situatie van de persoon vallen onder de opdracht; zijn vertrouwelijke mededelingen en zijn gemoedstoestand blijven geheim." ])
     , text      = [ fr = "Travail sous mandat: le service transmet à l'autorité mandante les éléments qui concernent la mission; le secret demeure à l'égard de tous les autres.",
                     en = "Mandated work: the service passes on to the mandating authority what concerns the mission; secrecy remains towards everyone else.",
                     nl = "Werken onder mandaat: de dienst bezorgt de mandaterende overheid wat de opdracht betreft; tegenover alle anderen blijft het beroepsgeheim gelden." ]
     ]).

rule(mandate_followup,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([recipient_in([justice_assistant]), information_in([factual_followup])])
     , provision = mandate
     , source    = followup_reports
     , seed      = [s12]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue: le rapport dit que la loi « prévoit » ces rapports; qu'elle les autorise plutôt qu'elle ne les impose est la lecture prudente.",
                         en = "Reading adopted: the report says the law 'provides for' these reports; that it authorises rather than obliges them is the cautious reading.",
                         nl = "Aangenomen lezing: het rapport zegt dat de wet deze verslagen \"voorziet\"; dat ze die eerder toelaat dan oplegt, is de voorzichtige lezing." ])
     , text      = [ fr = "Rapports de suivi: pour une personne sous conditions judiciaires, l'intervenant peut adresser à l'assistant de justice des données factuelles (rendez-vous honorés, présence), rien du contenu de la relation d'aide.",
                     en = "Follow-up reports: for a person under judicial conditions, the professional may send the justice assistant factual data (appointments kept, attendance), nothing of the content of the helping relationship.",
                     nl = "Opvolgingsverslagen: voor een persoon onder gerechtelijke voorwaarden mag de hulpverlener de justitieassistent feitelijke gegevens bezorgen (nagekomen afspraken, aanwezigheid), niets van de inhoud van de hulpverleningsrelatie." ]
     ]).

advice(transparency_towards_the_person,
       [ kind      = caveat
       , condition = basis_has(mandate)
       , provision = mandate
       , source    = mandate
       , seed      = [s13]
       , text      = [ fr = "Transparence: la personne doit savoir au préalable qui fait quoi, ce qui est rapporté et à qui; elle doit pouvoir répondre à ce que l'autorité apprend d'elle (principe du contradictoire).",
                       en = "Transparency: the person must know beforehand who does what, what is reported and to whom; they must be able to answer what the authority learns about them (adversarial principle).",
                       nl = "Transparantie: de persoon moet vooraf weten wie wat doet, wat er gerapporteerd wordt en aan wie; hij moet kunnen antwoorden op wat de overheid over hem verneemt (beginsel van tegenspraak)." ]
       ]).

advice(person_not_informed,
       [ kind      = note
       , condition = all([basis_has(mandate), no(person_informed)])
       , provision = mandate
       , source    = mandate
       , seed      = [s13, s30]
       , text      = [ fr = "La personne n'a pas été informée de ce qui est rapporté: le rapport reste dû à l'autorité mandante, mais la transparence doit être rétablie, faute de quoi l'autorité apprendrait des éléments auxquels la personne n'a pu répondre (principe du contradictoire).",
                       en = "The person was not told what is reported: the report is still due to the mandating authority, but transparency must be restored, or the authority would learn things the person could not answer (adversarial principle).",
                       nl = "De persoon werd niet ingelicht over wat gerapporteerd wordt: het verslag blijft verschuldigd aan de mandaterende overheid, maar de transparantie moet hersteld worden, anders zou de overheid elementen vernemen waarop de persoon niet heeft kunnen antwoorden (beginsel van tegenspraak)." ]
       ]).

advice(youth_protection_not_for_penal_purposes,
       [ kind      = note
       , condition = all([ any([ role_in([youth_aid_worker]),
                                 institution_in([youth_aid_service])
                               ]),
                           recipient_in([ police,
                                          public_prosecutor,
                                          investigating_judge,
                                          case_consultation
                                        ]),
                           information_in([social_report, state_of_mind, confidence])
                         ])
       , provision = mandate
       , source    = youth_protection_purpose
       , seed      = [s30]
       , text      = [ fr = "Selon la Cour de cassation, les investigations menées en matière de protection de la jeunesse ne peuvent servir à des fins pénales: leur finalité spécifique doit être préservée.",
                       en = "According to the Court of Cassation, investigations in youth-protection matters may not serve penal purposes: their specific purpose must be preserved.",
                       nl = "Volgens het Hof van Cassatie mogen onderzoeken gevoerd inzake jeugdbescherming niet voor strafrechtelijke doeleinden dienen: hun specifieke finaliteit moet gevrijwaard blijven." ]
       ]).

advice(followup_only_factual,
       [ kind      = note
       , condition = all([ recipient_in([justice_assistant]),
                           information_in([ confidence,
                                            state_of_mind,
                                            medical_data,
                                            social_report
                                          ])
                         ])
       , provision = mandate
       , source    = followup_reports
       , seed      = [s12]
       , text      = [ fr = "Vers l'assistant de justice, seules des données factuelles peuvent être transmises, rien du contenu de la relation d'aide.",
                       en = "Only factual data may go to the justice assistant, nothing of the content of the helping relationship.",
                       nl = "Aan de justitieassistent mogen enkel feitelijke gegevens worden doorgegeven, niets van de inhoud van de hulpverleningsrelatie." ]
       ]).

/* ======================================================================
   The professional personally suspected (s07)
   ----------------------------------------------------------------------
   Secrecy protects the profession and the people, not the professional:
   one who is personally suspected cannot oppose it to the investigation
   (e.g. a doctor suspected of a medical error cannot block access to the
   medical file), and may reveal what the defence strictly needs.
   ====================================================================== */

rule(suspect_professional,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ fact(discloser_is_suspect),
                         recipient_in([ police,
                                        public_prosecutor,
                                        investigating_judge,
                                        trial_court
                                      ])
                       ])
     , provision = suspect_professional
     , source    = suspect_professional
     , seed      = [s07, s01]
     , reading   = interpretation(suspect_professional,
                       [ fr = "Lecture retenue: le rapport dit que le professionnel soupçonné ne peut opposer le secret à l'enquête (saisie du dossier); qu'il puisse révéler ce qu'exige sa défense relève de la doctrine (non vérifiée).",
                         en = "Reading adopted: the report says the suspected professional cannot oppose secrecy to the investigation (the file may be seized); that they may reveal what their defence needs is doctrine (unverified).",
                         nl = "Aangenomen lezing: het rapport zegt dat de verdachte beroepsbeoefenaar het beroepsgeheim niet kan tegenwerpen aan het onderzoek (inbeslagneming van het dossier); dat hij mag bekendmaken wat zijn verdediging vereist, is rechtsleer (niet nagegaan)." ])
     , text      = [ fr = "Le secret ne protège pas le professionnel: personnellement soupçonné, il ne peut l'opposer à l'enquête et peut révéler ce qu'exige sa défense.",
                     en = "Secrecy does not protect the professional: personally suspected, they cannot oppose it to the investigation and may reveal what their defence requires.",
                     nl = "Het beroepsgeheim beschermt de beroepsbeoefenaar niet: wordt hij zelf verdacht, dan kan hij het niet tegenwerpen aan het onderzoek en mag hij bekendmaken wat zijn verdediging vereist." ]
     ]).

advice(suspect_only_what_the_defence_needs,
       [ kind      = caveat
       , condition = basis_has(suspect_professional)
       , provision = suspect_professional
       , source    = suspect_professional
       , seed      = [s07]
       , text      = [ fr = "Ne révéler que ce qui est strictement nécessaire à sa défense; le dossier peut être saisi.",
                       en = "Reveal only what the defence strictly needs; the file may be seized.",
                       nl = "Enkel bekendmaken wat strikt noodzakelijk is voor zijn verdediging; het dossier kan in beslag worden genomen." ]
       ]).

