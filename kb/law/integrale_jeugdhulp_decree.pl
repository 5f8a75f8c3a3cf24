/*  Decreet van 12 juli 2013 betreffende de integrale jeugdhulp (Flemish
    Community): the Vertrouwenscentra Kindermishandeling are mandated
    facilities within it -- loaded into the module law (kb/law.pl)

    No Flemish text authorising a professional to inform a VK was read:
    the answer about a child-abuse centre as recipient says so, and names
    the shared-secrecy conditions the decree sets for youth care (art. 72
    and 74, as described by rechtspositie.be).
*/

advice(vertrouwenscentrum_flanders,
       [ kind      = caveat
       , condition = recipient_in([child_abuse_centre])
       , provision = shared_secret
       , source    = integrale_jeugdhulp_decree
       , text      = [ fr = "En Flandre, aucun texte autorisant un professionnel à informer un Vertrouwenscentrum Kindermishandeling n'a été lu: la base de connaissances ne peut pas dire si la règle de la Communauté française (SOS Enfants) y a un équivalent. Les centres font partie de l'aide intégrale à la jeunesse, dont le décret soumet l'échange d'informations aux conditions du secret partagé (art. 72 et 74: le nécessaire, dans l'intérêt des personnes aidées, autant que possible avec leur accord).",
                       en = "In Flanders, no text authorising a professional to inform a Vertrouwenscentrum Kindermishandeling was read: the knowledge base cannot tell whether the French Community rule (SOS Enfants) has an equivalent there. The centres belong to integrated youth care, whose decree subjects the exchange of information to the conditions of shared secrecy (art. 72 and 74: what is necessary, in the interest of the persons helped, as far as possible with their consent).",
                       nl = "In Vlaanderen is geen tekst gelezen die een hulpverlener toelaat een vertrouwenscentrum kindermishandeling in te lichten: de kennisbank kan niet zeggen of de regel van de Franse Gemeenschap (SOS Enfants) er een tegenhanger heeft. De centra maken deel uit van de integrale jeugdhulp, waarvan het decreet de gegevensuitwisseling onderwerpt aan de voorwaarden van het gedeeld beroepsgeheim (art. 72 en 74: enkel wat noodzakelijk is, in het belang van de betrokkenen, zoveel mogelijk met hun instemming)." ]
       ]).
