/*  Loi de principes du 12 janvier 2005 concernant l'administration
    pénitentiaire ainsi que le statut juridique des détenus -- loaded into
    the module law (kb/law.pl)

    Not read (title recalled). An answer set in a prison rests on art. 458
    only, and says that prison law is not encoded.
*/

advice(prison_law_not_encoded,
       [ kind      = caveat
       , condition = institution_in([prison])
       , provision = cp_458
       , source    = prison_law
       , text      = [ fr = "La loi de principes du 12 janvier 2005 (non lue) règle l'administration pénitentiaire, les soins aux détenus et ce que le personnel transmet; la base de connaissances ne l'encode pas: la réponse ne repose que sur l'art. 458 et les règles générales; elle ne peut pas dire ce que cette loi impose ou permet ici.",
                       en = "The principles law of 12 January 2005 (not read) governs prison administration, detainees' care and what staff pass on; the knowledge base does not encode it: the answer rests on art. 458 and the general rules only; it cannot tell what that law requires or allows here.",
                       nl = "De basiswet van 12 januari 2005 (niet gelezen) regelt het gevangeniswezen, de zorg voor gedetineerden en wat het personeel doorgeeft; de kennisbank neemt ze niet op: het antwoord steunt enkel op art. 458 Sw. en de algemene regels; ze kan niet zeggen wat die wet hier oplegt of toelaat." ]
       ]).
