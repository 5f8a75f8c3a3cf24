/*  Décret de la Communauté française du 14 juillet 2006 relatif aux
    missions, programmes et rapport d'activités des centres
    psycho-médico-sociaux -- loaded into the module law (kb/law.pl)

    Only the missions (art. 6) were read. The PMS staff's secrecy (the seed
    rule pms_secrecy, code_penal_1867.pl) and the access to the pupil file
    under French Community law are not established from the text: the
    answers about parents, the pupil and the school say so.
*/

advice(pms_file_rules_not_found,
       [ kind      = caveat
       , condition = all([ any([role_in([pms_staff]), institution_in([pms_centre])]),
                           recipient_in([parents, person_concerned, school])
                         ])
       , provision = pupil_guidance
       , source    = pms_decree_2006
       , text      = [ fr = "Centre PMS de la Communauté française: le décret du 14 juillet 2006 définit les missions des centres, mais ses règles sur le secret et sur l'accès des parents et de l'élève au dossier n'ont pas été trouvées; les parents ou l'élève majeur peuvent refuser la guidance individuelle (AR du 13 août 1962, art. 16). La réponse s'appuie sur la règle flamande (CLB) ou sur le seul art. 458.",
                       en = "French Community PMS centre: the decree of 14 July 2006 defines the centres' missions, but its rules on secrecy and on parents' and the pupil's access to the file were not found; the parents or the adult pupil may refuse individual guidance (royal order of 13 August 1962, art. 16). The answer rests on the Flemish (CLB) rule or on art. 458 alone.",
                       nl = "PMS-centrum van de Franse Gemeenschap: het decreet van 14 juli 2006 bepaalt de opdrachten van de centra, maar de regels over het beroepsgeheim en over de toegang van ouders en leerling tot het dossier zijn niet gevonden; de ouders of de meerderjarige leerling kunnen de individuele begeleiding weigeren (KB van 13 augustus 1962, art. 16). Het antwoord steunt op de Vlaamse (CLB-)regel of op art. 458 alleen." ]
       ]).
