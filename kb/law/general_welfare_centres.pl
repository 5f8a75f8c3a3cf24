/*  General welfare centres (CAW, centrum algemeen welzijnswerk / centre
    d'action sociale globale) -- loaded into the module law (kb/law.pl)

    No text specific to CAWs was read. Their staff are social workers,
    psychologists ..., bound by their profession (the rules of who is bound
    in code_penal_1867.pl): the institution itself adds nothing. For the
    others who work there (volunteers, staff without a confidant's role)
    the answer says the knowledge base cannot tell.
*/

advice(caw_staff_not_encoded,
       [ kind      = caveat
       , condition = all([institution_in([general_welfare_centre]), verdict_in([not_covered])])
       , provision = cp_458
       , source    = caw_staff
       , text      = [ fr = "Dans un centre d'action sociale globale (CAW), les travailleurs sociaux et les psychologues sont tenus au secret par leur profession. Pour les autres personnes qui y travaillent, la base de connaissances n'encode aucune règle propre au secteur (le décret sur l'aide sociale générale n'a pas été lu): elle ne peut pas dire si elles sont tenues au secret; dans le doute, se taire.",
                       en = "In a general welfare centre (CAW), social workers and psychologists are bound to secrecy by their profession. For others working there, the knowledge base encodes no rule of the sector (the decree on general welfare work was not read): it cannot tell whether they are bound; in doubt, keep silent.",
                       nl = "In een centrum algemeen welzijnswerk (CAW) zijn maatschappelijk werkers en psychologen door hun beroep gebonden. Voor anderen die er werken, bevat de kennisbank geen regel van de sector (het decreet over het algemeen welzijnswerk is niet gelezen): ze kan niet zeggen of zij gebonden zijn; bij twijfel: zwijgen." ]
       ]).
