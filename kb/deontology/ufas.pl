/*  Code de déontologie de l'Union francophone des assistants sociaux (UFAS)
    -- included by kb/law.pl (the deontological layer)

    1985, edition 1997. Applies to every social worker, whatever the setting;
    sector codes never derogate from its general principles (seed, s04).
    UFAS disappeared in 2024; its sources end on 2025-09-12, the first
    version of its successor (social_workers_2025.pl): a reading, justified
    in sources.pl.
*/

rule(ufas_binds,
     [ concludes = bound_by_code(ufas)
     , condition = role_in([social_worker])
     , code      = ufas
     , source    = ufas_scope
     , seed      = [s04]
     , text      = [ fr = "Le code de l'UFAS lie l'assistant social quel que soit le cadre où il travaille.",
                     en = "The UFAS code binds the social worker whatever the setting.",
                     nl = "De UFAS-code bindt de maatschappelijk assistent, in welk kader hij ook werkt." ]
     ]).

% Art. 3.1 and the articles the seed quotes: great discretion in every
% circumstance; respect the secret scrupulously, and make others respect it.
rule(ufas_secrecy,
     [ concludes = code_duty(ufas)
     , condition = fact(learned_in_profession)
     , code      = ufas
     , source    = ufas_art_3_1
     , seed      = [s04]
     , text      = [ fr = "Code de l'UFAS: l'assistant social est un confident nécessaire; il s'impose une grande discrétion en toute circonstance, respecte scrupuleusement et fait respecter le secret professionnel.",
                     en = "UFAS code: the social worker is a necessary confidant; they keep great discretion in every circumstance, scrupulously respect professional secrecy and make others respect it.",
                     nl = "UFAS-code: de maatschappelijk assistent is een noodzakelijke vertrouweling; hij neemt in alle omstandigheden een grote discretie in acht, respecteert het beroepsgeheim nauwgezet en doet het respecteren." ]
     ]).

% Shared secrecy as the codes admit it (s10): between secret-holders of the
% same mission, in the person's interest and with the person's agreement.
rule(ufas_shared_secret,
     [ overrides = ufas_secrecy
     , concludes = code_permits(ufas)
     , condition = all([ recipient_in([colleague, service_director, case_consultation]),
                         fact(recipient_bound_by_secrecy),
                         fact(same_mission),
                         fact(in_person_interest),
                         fact(person_consents)
                       ])
     , code      = ufas
     , source    = ufas_seed_articles
     , seed      = [s10]
     , text      = [ fr = "Code de l'UFAS: le secret ne se partage qu'entre intervenants tenus au secret et poursuivant la même mission, dans l'intérêt de la personne et avec son accord.",
                     en = "UFAS code: secrecy is shared only between professionals bound by it and pursuing the same mission, in the person's interest and with the person's agreement.",
                     nl = "UFAS-code: het geheim wordt alleen gedeeld tussen hulpverleners die door het beroepsgeheim gebonden zijn en eenzelfde opdracht hebben, in het belang van de betrokkene en met zijn akkoord." ]
     ]).

% --- Where the law pulls away from the code -------------------------------
tension(ufas_declaration_duty,
        [ condition = all([holds(bound_by_code(ufas)), basis_has(cic_46bis1_declaration)])
        , provision = cic_46bis1_declaration
        , code_rule = ufas_secrecy
        , source    = ufas_seed_articles
        , seed      = [s04, s24]
        , law_says  = [ fr = "L'art. 46bis/1, § 3, oblige le membre du personnel à déclarer au procureur du Roi des indices sérieux d'infraction terroriste.",
                        en = "Art. 46bis/1 §3 obliges the staff member to declare serious indications of a terrorist offence to the public prosecutor.",
                        nl = "Art. 46bis/1, § 3, verplicht het personeelslid om ernstige aanwijzingen van een terroristisch misdrijf aan te geven bij de procureur des Konings." ]
        , code_says = [ fr = "Le code de l'UFAS lui demande de respecter et faire respecter le secret, et de n'accepter aucune tâche qui nuise à l'indépendance et aux principes de la profession: le travailleur est pris entre le devoir du métier et le devoir de dénonciation.",
                        en = "The UFAS code asks them to respect the secret and make others respect it, and to accept no task that harms the profession's independence and principles: the worker is caught between the duty of the profession and the duty to denounce.",
                        nl = "De UFAS-code vraagt hem het geheim te respecteren en te doen respecteren, en geen enkele taak te aanvaarden die de onafhankelijkheid en de principes van het beroep schaadt: de hulpverlener zit gekneld tussen de plicht van zijn beroep en de aangifteplicht." ]
        ]).

tension(ufas_institution_request,
        [ condition = all([holds(bound_by_code(ufas)), basis_has(cic_46bis1_request)])
        , provision = cic_46bis1_request
        , code_rule = ufas_secrecy
        , source    = ufas_seed_articles
        , seed      = [s04, s20]
        , law_says  = [ fr = "L'art. 46bis/1, §§ 1er et 2, oblige l'institution à fournir au procureur du Roi les renseignements administratifs requis.",
                        en = "Art. 46bis/1 §§1-2 obliges the institution to give the public prosecutor the administrative information required.",
                        nl = "Art. 46bis/1, §§ 1 en 2, verplicht de instelling om de gevorderde administratieve inlichtingen aan de procureur des Konings te verstrekken." ]
        , code_says = [ fr = "Le code de l'UFAS demande à l'assistant social de faire respecter le secret autour de lui et de préserver une attitude qui inspire confiance: qu'il en réfère à la direction et veille à ce que seul le strictement administratif soit transmis.",
                        en = "The UFAS code asks the social worker to make others respect the secret and to keep an attitude that inspires trust: let them refer to the director and see that only what is strictly administrative goes out.",
                        nl = "De UFAS-code vraagt de maatschappelijk assistent het geheim in zijn omgeving te doen respecteren en een houding te bewaren die vertrouwen wekt: hij legt de zaak voor aan de directie en ziet erop toe dat alleen het strikt administratieve wordt doorgegeven." ]
        ]).

