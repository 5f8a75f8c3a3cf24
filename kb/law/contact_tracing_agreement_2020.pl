/*  Accord de coopération du 25 août 2020 (contact tracing by Sciensano and
    the contact centres; MB 15 octobre 2020) -- loaded into the module law
    (kb/law.pl)

    The duties the agreement places on professionals were not read. What is
    encoded: when the discloser is himself the index case, his own health
    is not a secret confided to him (a reading of art. 458: "des secrets
    qu'on leur confie"); what he would say about the clients or patients he
    met is covered, and whether the agreement obliges or allows him to name
    them the knowledge base cannot tell (a caveat).

    Whether the discloser is the index case is an open question of every
    answer about health data given to a health authority: if the data are
    his own, they are not a professional secret.
*/

rule(index_case_own_health,
     [ overrides = cp_458_covers_what_was_learned
     , concludes = set_aside(cp_458_covers_what_was_learned)
     , condition = all([ fact(discloser_is_index_case),
                         information_in([medical_data]),
                         recipient_in([health_authority])
                       ])
     , provision = principle
     , source    = secret_scope
     , reading   = interpretation(secret_scope,
                       [ fr = "Lecture retenue: le secret (art. 458 du Code pénal de 1867, art. 352 du Code de 2024) protège les secrets « qu'on leur confie »; l'état de santé du professionnel lui-même, qu'il communique comme cas index au suivi des contacts, ne lui a pas été confié.",
                         en = "Reading adopted: secrecy (art. 458 of the 1867 Criminal Code, art. 352 of the 2024 Code) protects the secrets 'confided' to the professional; his own health, which he gives as an index case to contact tracing, was not confided to him.",
                         nl = "Aangenomen lezing: het beroepsgeheim (art. 458 Sw. 1867, art. 352 Sw. 2024) beschermt de geheimen « die hun zijn toevertrouwd »; de eigen gezondheidstoestand van de hulpverlener, die hij als indexpatiënt meedeelt aan de contactopsporing, is hem niet toevertrouwd." ])
     , text      = [ fr = "Le professionnel est lui-même le cas index: ce qu'il dit de sa propre santé à l'autorité sanitaire n'est pas un secret professionnel.",
                     en = "The professional is himself the index case: what he says about his own health to the health authority is not a professional secret.",
                     nl = "De hulpverlener is zelf de indexpatiënt: wat hij over zijn eigen gezondheid aan de gezondheidsoverheid meedeelt, is geen beroepsgeheim." ]
     ]).

advice(index_case_contacts_unknown,
       [ kind      = caveat
       , condition = all([ fact(discloser_is_index_case),
                           recipient_in([health_authority]),
                           not(information_in([medical_data]))
                         ])
       , provision = public_health_notification
       , source    = contact_tracing_agreement_2020
       , text      = [ fr = "Comme cas index, le professionnel peut être interrogé sur ses contacts. L'identité des personnes qu'il a rencontrées dans son travail (clients, patients) reste couverte par le secret; si l'accord de coopération du 25 août 2020 l'oblige ou l'autorise à les nommer au centre de contact, la base de connaissances ne peut pas le dire (ses obligations pour les professionnels n'ont pas été lues).",
                       en = "As an index case, the professional may be asked about his contacts. The identity of the people he met at work (clients, patients) remains covered by secrecy; whether the cooperation agreement of 25 August 2020 obliges or allows him to name them to the contact centre, the knowledge base cannot tell (its duties for professionals were not read).",
                       nl = "Als indexpatiënt kan de hulpverlener naar zijn contacten worden gevraagd. De identiteit van de personen die hij in zijn werk ontmoette (cliënten, patiënten) blijft onder het beroepsgeheim vallen; of het samenwerkingsakkoord van 25 augustus 2020 hem verplicht of toelaat hen aan het contactcentrum te noemen, kan de kennisbank niet zeggen (de verplichtingen voor beroepsbeoefenaars zijn niet gelezen)." ]
       ]).
