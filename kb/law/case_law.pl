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
   ====================================================================== */

rule(shared_secret,
     [ overrides = cp_458
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
     , text      = [ fr = "Secret partagé: entre professionnels tenus au secret et poursuivant la même mission, dans l'intérêt de la personne, avec son accord, et dans la stricte mesure du nécessaire.",
                     en = "Shared secrecy: between professionals bound by secrecy who pursue the same mission, in the person's interest, with the person's agreement, and only as far as strictly necessary." ]
     ]).

advice(shared_secret_stays_secret,
       [ kind      = caveat
       , condition = basis_has(shared_secret)
       , provision = shared_secret
       , source    = shared_secret
       , seed      = [s10]
       , text      = [ fr = "Ne partager que ce qui est strictement nécessaire à la mission commune; l'information ne peut être détournée de la finalité pour laquelle elle a été recueillie, et le destinataire reste tenu au secret.",
                       en = "Share only what the common mission strictly needs; the information may not be turned from the purpose for which it was collected, and the recipient remains bound to secrecy." ]
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
                       en = "A social worker and a police officer are both bound to secrecy, but their missions differ: there is no shared secrecy between them." ]
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
                         en = "Reading adopted: the recipients who can avert the danger are the authorities (police, prosecution, investigating judge, mandating authority)." ])
     , text      = [ fr = "État de nécessité: face à un péril grave et imminent pour autrui, qu'il n'est pas possible d'écarter autrement, le professionnel peut informer les autorités, dans le respect de la proportionnalité et de la subsidiarité.",
                     en = "Necessity: facing a grave and imminent danger to another, which cannot be averted otherwise, the professional may inform the authorities, within proportionality and subsidiarity." ]
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
                       en = "This knowledge base encodes necessity towards the authorities only; doctrine also accepts it for warning the threatened person (for instance a partner exposed to HIV): to be weighed case by case." ]
       ]).

advice(necessity_looks_forward,
       [ kind      = caveat
       , condition = basis_has(necessity)
       , provision = necessity
       , source    = necessity
       , seed      = [s16]
       , text      = [ fr = "L'état de nécessité s'apprécie vers l'avenir: il n'y a plus de nécessité une fois le péril passé. Chercher d'abord des solutions dans la relation d'aide; ne révéler que le nécessaire, au bon destinataire.",
                       en = "Necessity is judged looking forward: there is no necessity once the danger has passed. Look first for solutions within the helping relationship; disclose only what is needed, to the right recipient." ]
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
     [ overrides = cp_458
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
                         en = "Reading adopted: the report, follow-up data and the person's situation concern the mission; what the person confided, and their state of mind, stay secret." ])
     , text      = [ fr = "Travail sous mandat: le service transmet à l'autorité mandante les éléments qui concernent la mission; le secret demeure à l'égard de tous les autres.",
                     en = "Mandated work: the service passes on to the mandating authority what concerns the mission; secrecy remains towards everyone else." ]
     ]).

rule(mandate_followup,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([recipient_in([justice_assistant]), information_in([factual_followup])])
     , provision = mandate
     , source    = followup_reports
     , seed      = [s12]
     , reading   = interpretation(seed_report,
                       [ fr = "Lecture retenue: le rapport dit que la loi « prévoit » ces rapports; qu'elle les autorise plutôt qu'elle ne les impose est la lecture prudente.",
                         en = "Reading adopted: the report says the law 'provides for' these reports; that it authorises rather than obliges them is the cautious reading." ])
     , text      = [ fr = "Rapports de suivi: pour une personne sous conditions judiciaires, l'intervenant peut adresser à l'assistant de justice des données factuelles (rendez-vous honorés, présence), rien du contenu de la relation d'aide.",
                     en = "Follow-up reports: for a person under judicial conditions, the professional may send the justice assistant factual data (appointments kept, attendance), nothing of the content of the helping relationship." ]
     ]).

advice(transparency_towards_the_person,
       [ kind      = caveat
       , condition = basis_has(mandate)
       , provision = mandate
       , source    = mandate
       , seed      = [s13]
       , text      = [ fr = "Transparence: la personne doit savoir au préalable qui fait quoi, ce qui est rapporté et à qui; elle doit pouvoir répondre à ce que l'autorité apprend d'elle (principe du contradictoire).",
                       en = "Transparency: the person must know beforehand who does what, what is reported and to whom; they must be able to answer what the authority learns about them (adversarial principle)." ]
       ]).

advice(person_not_informed,
       [ kind      = note
       , condition = all([basis_has(mandate), no(person_informed)])
       , provision = mandate
       , source    = mandate
       , seed      = [s13, s30]
       , text      = [ fr = "La personne n'a pas été informée de ce qui est rapporté: le rapport reste dû à l'autorité mandante, mais la transparence doit être rétablie, faute de quoi l'autorité apprendrait des éléments auxquels la personne n'a pu répondre (principe du contradictoire).",
                       en = "The person was not told what is reported: the report is still due to the mandating authority, but transparency must be restored, or the authority would learn things the person could not answer (adversarial principle)." ]
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
                       en = "According to the Court of Cassation, investigations in youth-protection matters may not serve penal purposes: their specific purpose must be preserved." ]
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
                       en = "Only factual data may go to the justice assistant, nothing of the content of the helping relationship." ]
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
     [ overrides = cp_458
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
                         en = "Reading adopted: the report says the suspected professional cannot oppose secrecy to the investigation (the file may be seized); that they may reveal what their defence needs is doctrine (unverified)." ])
     , text      = [ fr = "Le secret ne protège pas le professionnel: personnellement soupçonné, il ne peut l'opposer à l'enquête et peut révéler ce qu'exige sa défense.",
                     en = "Secrecy does not protect the professional: personally suspected, they cannot oppose it to the investigation and may reveal what their defence requires." ]
     ]).

advice(suspect_only_what_the_defence_needs,
       [ kind      = caveat
       , condition = basis_has(suspect_professional)
       , provision = suspect_professional
       , source    = suspect_professional
       , seed      = [s07]
       , text      = [ fr = "Ne révéler que ce qui est strictement nécessaire à sa défense; le dossier peut être saisi.",
                       en = "Reveal only what the defence strictly needs; the file may be seized." ]
       ]).

