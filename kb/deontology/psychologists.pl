/*  Code de déontologie des psychologues -- included by kb/law.pl
    (the deontological layer)

    Art. 14: shared secrecy under cumulative conditions, presented by the
    Psychologists' Commission as an exit where no other legal basis exists.
*/

rule(psychologists_code_binds,
     [ concludes = bound_by_code(psychologists)
     , condition = role_in([psychologist])
     , code      = psychologists
     , source    = psychologists_code_art_14
     , seed      = [s04]
     , text      = [ fr = "Le code de déontologie des psychologues lie le psychologue.",
                     en = "The psychologists' code of ethics binds the psychologist." ]
     ]).

rule(psychologists_code_secrecy,
     [ concludes = code_duty(psychologists)
     , condition = fact(learned_in_profession)
     , code      = psychologists
     , source    = psychologists_code_art_14
     , seed      = [s04]
     , text      = [ fr = "Code des psychologues: le psychologue est tenu au secret professionnel.",
                     en = "Psychologists' code: the psychologist is bound by professional secrecy." ]
     ]).

rule(psychologists_code_art_14,
     [ overrides = psychologists_code_secrecy
     , concludes = code_permits(psychologists)
     , condition = all([ fact(person_consents),
                         fact(in_person_interest),
                         fact(strictly_necessary),
                         fact(recipient_bound_by_secrecy),
                         fact(same_mission)
                       ])
     , code      = psychologists
     , source    = psychologists_code_art_14
     , seed      = [s10]
     , text      = [ fr = "Code des psychologues, art. 14: le secret se partage si le client, informé au préalable, y consent, dans son seul intérêt, dans la stricte mesure du nécessaire, avec des destinataires tenus au secret et de la même mission.",
                     en = "Psychologists' code, art. 14: secrecy may be shared if the client, told beforehand, agrees, in the client's interest only, as far as strictly necessary, with recipients bound by secrecy and on the same mission." ]
     ]).

tension(psychologists_consultation_without_consent,
        [ condition = all([ holds(bound_by_code(psychologists)),
                            basis_has(cp_458ter),
                            lacking(person_consents)
                          ])
        , provision = cp_458ter
        , code_rule = psychologists_code_art_14
        , source    = psychologists_code_art_14
        , seed      = [s11, s27]
        , law_says  = [ fr = "L'art. 458ter permet de partager des secrets dans la concertation sans l'accord de la personne.",
                        en = "Art. 458ter allows sharing secrets within the consultation without the person's consent." ]
        , code_says = [ fr = "L'art. 14 du code des psychologues ne permet le partage qu'avec le consentement du client informé au préalable, dans son seul intérêt, avec des destinataires de la même mission.",
                        en = "Art. 14 of the psychologists' code allows sharing only with the informed client's consent, in the client's interest alone, with recipients on the same mission." ]
        ]).

