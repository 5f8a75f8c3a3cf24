/*  Code de déontologie des psychologues -- included by kb/law.pl
    (the deontological layer)

    Royal decree of 2 April 2014 (MB 16 May 2014, in force 26 May 2014),
    amended by the royal decree of 4 June 2018 (MB 14 June 2018; in force
    24 June 2018, computed and flagged in sources.pl): arts. 5-13 abrogated,
    the duty of secrecy referred to art. 458 of the Criminal Code (art. 352
    of the 2024 Code from 2026-09-01, a reading).
    Art. 14: shared secrecy under cumulative conditions, presented by the
    Psychologists' Commission as an exit where no other legal basis exists;
    not abrogated in 2018.
*/

rule(psychologists_code_binds,
     [ concludes = bound_by_code(psychologists)
     , condition = role_in([psychologist])
     , code      = psychologists
     , source    = psychologists_code_art_14
     , seed      = [s04]
     , text      = [ fr = "Le code de déontologie des psychologues lie le psychologue.",
                     en = "The psychologists' code of ethics binds the psychologist.",
                     nl = "De deontologische code van de psychologen bindt de psycholoog." ]
     ]).

rule(psychologists_code_secrecy_2014,
     [ concludes = code_duty(psychologists)
     , condition = fact(learned_in_profession)
     , code      = psychologists
     , source    = psychologists_code_2014_secrecy
     , seed      = [s04]
     , text      = [ fr = "Code des psychologues (2014), art. 5 à 13: le psychologue s'impose une discrétion sur tout ce qu'il apprend dans l'exercice de sa profession, au minimum le secret professionnel que prescrit la loi pénale.",
                     en = "Psychologists' code (2014), arts. 5-13: the psychologist keeps discretion on all they learn in practice, at the least the professional secrecy the criminal law prescribes.",
                     nl = "Code van de psychologen (2014), art. 5 tot 13: de psycholoog neemt discretie in acht over alles wat hij bij de uitoefening van zijn beroep verneemt, minstens het beroepsgeheim dat de strafwet voorschrijft." ]
     ]).

rule(psychologists_code_secrecy,
     [ concludes = code_duty(psychologists)
     , condition = fact(learned_in_profession)
     , code      = psychologists
     , source    = psychologists_code_2018_secrecy
     , seed      = [s04]
     , reading   = interpretation(psychologists_code_2018_secrecy,
                       [ fr = "Lecture retenue: depuis le 1er septembre 2026, le renvoi à l'art. 458 du Code pénal, abrogé, est lu comme visant l'art. 352 du Code pénal de 2024 qui lui succède.",
                         en = "Reading adopted: from 1 September 2026 the reference to the repealed art. 458 of the Criminal Code is read as pointing to its successor, art. 352 of the 2024 Criminal Code.",
                         nl = "Aangenomen lezing: sinds 1 september 2026 wordt de verwijzing naar het opgeheven art. 458 van het Strafwetboek gelezen als een verwijzing naar art. 352 van het Strafwetboek van 2024, dat het opvolgt." ])
     , text      = [ fr = "Code des psychologues, article inséré en 2018: le psychologue dépositaire des secrets qu'on lui confie est tenu au secret professionnel conformément à l'art. 458 du Code pénal (art. 352 du Code de 2024), et à tout moment à une obligation de discrétion.",
                     en = "Psychologists' code, article inserted in 2018: the psychologist entrusted with secrets is bound by professional secrecy under art. 458 of the Criminal Code (art. 352 of the 2024 Code), and at all times by a duty of discretion.",
                     nl = "Code van de psychologen, artikel ingevoegd in 2018: de psycholoog die de geheimen bewaart die hem worden toevertrouwd, is gebonden door het beroepsgeheim overeenkomstig art. 458 van het Strafwetboek (art. 352 van het Strafwetboek van 2024), en te allen tijde door een discretieplicht." ]
     ]).

rule(psychologists_code_art_14,
     [ overrides = [psychologists_code_secrecy_2014, psychologists_code_secrecy]
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
                     en = "Psychologists' code, art. 14: secrecy may be shared if the client, told beforehand, agrees, in the client's interest only, as far as strictly necessary, with recipients bound by secrecy and on the same mission.",
                     nl = "Code van de psychologen, art. 14: het geheim wordt gedeeld na voorafgaande inlichting en akkoord van de cliënt, uitsluitend in zijn belang, beperkt tot wat strikt noodzakelijk is, uitsluitend met personen die aan het beroepsgeheim onderworpen zijn en in het kader van eenzelfde opdracht handelen." ]
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
                        en = "Art. 458ter allows sharing secrets within the consultation without the person's consent.",
                        nl = "Art. 458ter laat toe geheimen te delen in het overleg zonder het akkoord van de betrokkene." ]
        , code_says = [ fr = "L'art. 14 du code des psychologues ne permet le partage qu'avec le consentement du client informé au préalable, dans son seul intérêt, avec des destinataires de la même mission.",
                        en = "Art. 14 of the psychologists' code allows sharing only with the informed client's consent, in the client's interest alone, with recipients on the same mission.",
                        nl = "Art. 14 van de code van de psychologen laat het delen alleen toe met de toestemming van de vooraf ingelichte cliënt, uitsluitend in zijn belang, met ontvangers die eenzelfde opdracht hebben." ]
        ]).

