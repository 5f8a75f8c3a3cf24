/*  Law of 3 July 1978 on employment contracts (loi relative aux contrats
    de travail / arbeidsovereenkomstenwet), art. 31, and the law of 13 June
    1999 on control medicine -- loaded into the module law (kb/law.pl)

    The control doctor examines the reality of the incapacity for work, its
    probable duration and, where needed, other medical data needed to apply
    the law; "toutes autres constatations demeurent couvertes par le secret
    professionnel". He may tell the employer only fitness_for_work. The
    article of the 1999 law on what he tells the employer is not found.
*/

article(employment_contracts_1978_art_31,
        [ instrument = employment_contracts_law,
          article    = "31, § 3, al. 2",
          source     = employment_contracts_art_31,
          quote      = [ fr = "Le médecin-contrôleur examine la réalité de l'incapacité de travail, vérifie la durée probable de l'incapacité de travail et, le cas échéant, les autres données médicales pour autant que celles-ci soient nécessaires à l'application des dispositions de la présente loi; toutes autres constatations demeurent couvertes par le secret professionnel." ]
        ]).

rule(cm_control_doctor_fitness,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([control_doctor]),
                         recipient_in([employer]),
                         information_in([fitness_for_work])
                       ])
     , provision = control_medicine
     , source    = employment_contracts_art_31
     , text      = [ fr = "Le médecin contrôleur peut dire à l'employeur si l'incapacité de travail est réelle et sa durée probable (art. 31 de la loi du 3 juillet 1978); toutes ses autres constatations restent couvertes par le secret.",
                     en = "The control doctor may tell the employer whether the incapacity for work is real and its probable duration (art. 31 of the law of 3 July 1978); all his other findings stay covered by secrecy.",
                     nl = "De controlearts mag de werkgever meedelen of de arbeidsongeschiktheid reëel is en hoe lang ze vermoedelijk duurt (art. 31 arbeidsovereenkomstenwet); al zijn andere vaststellingen blijven door het beroepsgeheim gedekt." ]
     ]).

advice(cm_never_the_diagnosis,
       [ kind      = note
       , condition = all([ role_in([control_doctor]), recipient_in([employer]), verdict_in([forbidden]) ])
       , provision = control_medicine
       , source    = employment_contracts_art_31
       , text      = [ fr = "Le médecin contrôleur ne peut jamais communiquer le diagnostic à l'employeur (Conseil national, avis du 21 février 2009): seulement l'incapacité et sa durée probable.",
                       en = "The control doctor may never communicate the diagnosis to the employer (National Council, opinion of 21 February 2009): only the incapacity and its probable duration.",
                       nl = "De controlearts mag de diagnose nooit aan de werkgever meedelen (nationale raad, advies van 21 februari 2009): enkel de ongeschiktheid en de vermoedelijke duur ervan." ]
       ]).

advice(cm_control_medicine_law,
       [ kind      = caveat
       , condition = all([ role_in([control_doctor]), recipient_in([employer]), basis_has(control_medicine) ])
       , provision = control_medicine
       , source    = control_medicine_law_1999
       , text      = [ fr = "La loi du 13 juin 1999 relative à la médecine de contrôle et l'arrêté royal du 1er juin 2021 règlent aussi la mission du médecin contrôleur (indépendance, procédure d'arbitrage); leurs articles ne sont pas encodés ici.",
                       en = "The law of 13 June 1999 on control medicine and the royal decree of 1 June 2021 also govern the control doctor's mission (independence, arbitration); their articles are not encoded here.",
                       nl = "De wet van 13 juni 1999 betreffende de controlegeneeskunde en het koninklijk besluit van 1 juni 2021 regelen ook de opdracht van de controlearts (onafhankelijkheid, arbitrage); hun artikelen zijn hier niet gecodeerd." ]
       ]).
