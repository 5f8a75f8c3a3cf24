/*  Code de déontologie de l'aide à la jeunesse (Communauté française)
    -- included by kb/law.pl (the deontological layer)

    Applies to all youth-aid services: under art. 4 of the decree of 4 March
    1991 until 2019-01-01; from then under the Code of 18 January 2018, whose
    article to that effect was not found (unverified). The secrecy rule is
    art. 7 (Commission de déontologie, avis 66/05), not art. 6.
*/

rule(youth_aid_code_binds,
     [ concludes = bound_by_code(youth_aid)
     , condition = any([ role_in([youth_aid_worker]),
                         all([ institution_in([youth_aid_service]),
                               not(role_in([private_individual]))
                             ])
                       ])
     , code      = youth_aid
     , source    = youth_aid_code_scope
     , seed      = [s04]
     , text      = [ fr = "Le code de déontologie de l'aide à la jeunesse s'applique à tous les services de l'aide à la jeunesse.",
                     en = "The youth-aid code of ethics applies to every youth-aid service.",
                     nl = "De deontologische code van de hulpverlening aan de jeugd geldt voor alle diensten van de hulpverlening aan de jeugd." ]
     ]).

rule(youth_aid_code_binds_2019,
     [ concludes = bound_by_code(youth_aid)
     , condition = any([ role_in([youth_aid_worker]),
                         all([ institution_in([youth_aid_service]),
                               not(role_in([private_individual]))
                             ])
                       ])
     , code      = youth_aid
     , source    = youth_aid_code_scope_2019
     , seed      = [s04]
     , reading   = interpretation(youth_aid_code_scope_2019,
                       [ fr = "Non vérifié: depuis le 1er janvier 2019, le décret de 1991 a cédé la place au Code du 18 janvier 2018; l'article qui impose le code de déontologie à tous les services n'a pas été trouvé, et l'on suppose que le code de 1997 s'applique toujours.",
                         en = "Not verified: since 1 January 2019 the 1991 decree has given way to the Code of 18 January 2018; the article imposing the code of ethics on every service was not found, and the 1997 code is assumed still to apply.",
                         nl = "Niet nagegaan: sinds 1 januari 2019 is het decreet van 1991 vervangen door het Wetboek van 18 januari 2018; het artikel dat de deontologische code aan alle diensten oplegt, werd niet gevonden, en er wordt aangenomen dat de code van 1997 nog geldt." ])
     , text      = [ fr = "Le code de déontologie de l'aide à la jeunesse s'applique à tous les services du secteur (Code du 18 janvier 2018, article non vérifié).",
                     en = "The youth-aid code of ethics applies to every service of the sector (Code of 18 January 2018, article not verified).",
                     nl = "De deontologische code van de hulpverlening aan de jeugd geldt voor alle diensten van de sector (Wetboek van 18 januari 2018, artikel niet nagegaan)." ]
     ]).

rule(youth_aid_code_secrecy,
     [ concludes = code_duty(youth_aid)
     , condition = fact(learned_in_profession)
     , code      = youth_aid
     , source    = youth_aid_code_art_7_secrecy
     , seed      = [s04]
     , text      = [ fr = "Code de l'aide à la jeunesse, art. 7: l'intervenant est tenu au secret de ce qu'il a pu apprendre.",
                     en = "Youth-aid code, art. 7: the worker is bound to keep secret what they have learned.",
                     nl = "Deontologische code van de hulpverlening aan de jeugd, art. 7: de hulpverlener is gebonden door het geheim van wat hij vernomen heeft." ]
     ]).

% Art. 7, al. 1: information about the beneficiary goes only to persons
% bound by secrecy, where the aid's objectives require it, the beneficiary
% (and legal representatives) told beforehand.
rule(youth_aid_code_art_7,
     [ overrides = youth_aid_code_secrecy
     , concludes = code_permits(youth_aid)
     , condition = all([ fact(recipient_bound_by_secrecy),
                         fact(in_person_interest),
                         fact(person_informed)
                       ])
     , code      = youth_aid
     , source    = youth_aid_code_art_7
     , seed      = [s10]
     , text      = [ fr = "Code de l'aide à la jeunesse, art. 7, al. 1er: les informations ne sont transmises qu'à des personnes tenues au secret, lorsque les objectifs de l'aide l'exigent, le bénéficiaire en étant informé au préalable.",
                     en = "Youth-aid code, art. 7 para. 1: information goes only to persons bound by secrecy, where the aid's objectives require it, the beneficiary being told beforehand.",
                     nl = "Deontologische code van de hulpverlening aan de jeugd, art. 7, eerste lid: de informatie wordt alleen doorgegeven aan personen die door het beroepsgeheim gebonden zijn, wanneer de doelstellingen van de hulpverlening het vereisen, nadat de begunstigde vooraf werd ingelicht." ]
     ]).

% Art. 12, al. 4: cooperation with others when the beneficiary's interest
% requires it, the beneficiary informed, only the indispensable facts.
rule(youth_aid_code_art_12,
     [ overrides = youth_aid_code_secrecy
     , concludes = code_permits(youth_aid)
     , condition = all([ recipient_in([ colleague,
                                        service_director,
                                        case_consultation,
                                        mandating_authority
                                      ]),
                         fact(in_person_interest),
                         fact(person_informed),
                         fact(strictly_necessary)
                       ])
     , code      = youth_aid
     , source    = youth_aid_code_art_12
     , seed      = [s10, s13]
     , text      = [ fr = "Code de l'aide à la jeunesse, art. 12, al. 4: la collaboration avec d'autres intervenants, lorsque l'intérêt du bénéficiaire l'exige, se fait le bénéficiaire informé, dans la discrétion, en n'échangeant que les faits indispensables.",
                     en = "Youth-aid code, art. 12 para. 4: cooperation with other professionals, when the beneficiary's interest requires it, happens with the beneficiary informed, discreetly, exchanging only the indispensable facts.",
                     nl = "Deontologische code van de hulpverlening aan de jeugd, art. 12, vierde lid: de samenwerking met andere hulpverleners, wanneer het belang van de begunstigde het vereist, gebeurt met medeweten van de begunstigde, in alle discretie, waarbij alleen de onmisbare feiten worden uitgewisseld." ]
     ]).

% --- Where the law pulls away from the code -------------------------------
tension(youth_aid_consultation_without_consent,
        [ condition = all([ holds(bound_by_code(youth_aid)),
                            basis_has(cp_458ter),
                            lacking(person_informed)
                          ])
        , provision = cp_458ter
        , code_rule = youth_aid_code_art_7
        , source    = youth_aid_code_art_7
        , seed      = [s11, s27, s30, s31]
        , law_says  = [ fr = "L'art. 458ter permet de partager des secrets dans la concertation sans l'accord de la personne, et même à des participants qui ne relèvent pas du secteur de l'aide.",
                        en = "Art. 458ter allows sharing secrets within the consultation without the person's consent, even with participants from outside the helping sector.",
                        nl = "Art. 458ter laat toe geheimen te delen in het overleg zonder het akkoord van de betrokkene, en zelfs met deelnemers die niet tot de hulpverleningssector behoren." ]
        , code_says = [ fr = "Le code de l'aide à la jeunesse ne permet de transmettre qu'à des personnes tenues au secret, lorsque les objectifs de l'aide l'exigent et le bénéficiaire informé au préalable: préserver un lieu de parole, être clair sur son rôle.",
                        en = "The youth-aid code allows passing information only to persons bound by secrecy, where the aid's objectives require it, the beneficiary told beforehand: keep a place where the person can speak, be clear about one's role.",
                        nl = "De deontologische code van de hulpverlening aan de jeugd laat alleen toe informatie door te geven aan personen die door het beroepsgeheim gebonden zijn, wanneer de doelstellingen van de hulpverlening het vereisen en de begunstigde vooraf werd ingelicht: een plaats bewaren waar men kan spreken, duidelijk zijn over zijn rol." ]
        ]).

tension(youth_aid_report_without_transparency,
        [ condition = all([ holds(bound_by_code(youth_aid)),
                            basis_has(mandate),
                            lacking(person_informed)
                          ])
        , provision = mandate
        , code_rule = youth_aid_code_art_12
        , source    = youth_aid_code_art_12
        , seed      = [s13, s30]
        , law_says  = [ fr = "Sous mandat, le rapport à l'autorité mandante est dû.",
                        en = "Under a mandate, the report to the mandating authority is due.",
                        nl = "Onder mandaat is het verslag aan de mandaterende overheid verplicht." ]
        , code_says = [ fr = "Le code de l'aide à la jeunesse veut le bénéficiaire informé au préalable de ce qui est transmis et à qui (art. 7 et 12): sans cette transparence, l'autorité apprendrait des éléments auxquels il n'a pu répondre.",
                        en = "The youth-aid code wants the beneficiary told beforehand what is passed on and to whom (arts. 7 and 12): without that transparency, the authority would learn things the person could not answer.",
                        nl = "De deontologische code van de hulpverlening aan de jeugd wil dat de begunstigde vooraf wordt ingelicht over wat wordt doorgegeven en aan wie (art. 7 en 12): zonder die transparantie zou de overheid elementen vernemen waarop hij niet heeft kunnen antwoorden." ]
        ]).

