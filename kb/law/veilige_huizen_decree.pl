/*  Decreet van 29 maart 2024 tot oprichting en regeling van de Veilige
    Huizen (Flemish Community) -- loaded into the module law (kb/law.pl)

    A Veilig Huis (the former Family Justice Centres) shares information in
    casusoverleg, "een overleg als vermeld in artikel 458ter van het
    Strafwetboek" (art. 2, 4°). The exception itself is art. 458ter's
    (code_penal_1867.pl, the lead's); this file tells an answer set in a
    family justice centre where its sharing lives.
*/

advice(family_justice_centre_casusoverleg,
       [ kind      = note
       , condition = all([institution_in([family_justice_centre]), not(recipient_in([case_consultation]))])
       , provision = cp_458ter
       , source    = veilige_huizen_decree
       , text      = [ fr = "Dans un Veilig Huis (Family Justice Centre), les informations s'échangent en concertation de cas (casusoverleg), que le décret du 29 mars 2024 organise au sens de l'art. 458ter: la question se pose alors avec le destinataire « concertation de cas ». Les personnes qui y travaillent sont tenues au secret par leur propre profession ou institution; le décret ne lie pas les autres.",
                       en = "In a Veilig Huis (Family Justice Centre), information is shared in case consultation (casusoverleg), which the decree of 29 March 2024 organises within art. 458ter: ask the question then with the recipient 'case consultation'. The people working there are bound by their own profession or institution; the decree does not bind the others.",
                       nl = "In een Veilig Huis wordt informatie gedeeld in casusoverleg, dat het decreet van 29 maart 2024 regelt als overleg in de zin van art. 458ter Sw.: stel de vraag dan met als ontvanger « casusoverleg ». Wie er werkt, is gebonden door zijn eigen beroep of voorziening; het decreet bindt de anderen niet." ]
       ]).
