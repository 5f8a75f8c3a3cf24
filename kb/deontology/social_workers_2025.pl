/*  Code de déontologie des travailleurs sociaux (2025) -- included by kb/law.pl
    (the deontological layer)

    The French-speaking social workers' code, "des Assistant·es sociaux·les
    et du travail social": first version of 12 September 2025, presented on
    17 October 2025 by the Comité de vigilance en travail social (CVTS) and
    others, after UFAS disappeared in 2024. It succeeds the UFAS code
    (ufas.pl), whose sources end on the same day (a reading: sources.pl).

    Its text was not found. Its scope is described by news pages (partial);
    its secrecy article is only said to exist (unverified): the duty and the
    sharing below are taken over from the UFAS code, on the drafters' word
    that they kept "les bases déjà solides du précédent code", and every
    rule says so.
*/

rule(social_workers_2025_binds,
     [ concludes = bound_by_code(social_workers_2025)
     , condition = role_in([social_worker])
     , code      = social_workers_2025
     , source    = social_workers_code_2025_scope
     , seed      = [s04]
     , reading   = interpretation(social_workers_code_2025_scope,
                       [ fr = "Lecture retenue: le code vaut pour les travailleurs sociaux de Belgique francophone; la base ne connaît ni la région ni la communauté où l'on travaille, et l'applique donc à tout assistant social, y compris en Flandre, où il n'a pas cours. Il vise aussi les travailleurs sociaux sans le titre qui exercent des missions similaires: ce n'est pas encodé. Il succède au code de l'UFAS dès sa première version (12 septembre 2025).",
                         en = "Reading adopted: the code is for social workers in French-speaking Belgium; the knowledge base knows neither the region nor the community where one works, so it applies it to every social worker, Flanders included, where it does not apply. It also reaches social workers without the title who do similar work: that is not encoded. It succeeds the UFAS code from its first version (12 September 2025).",
                         nl = "Aangenomen lezing: de code geldt voor de sociaal werkers in Franstalig België; de kennisbank kent de regio of gemeenschap waar men werkt niet, en past hem dus toe op elke maatschappelijk assistent, ook in Vlaanderen, waar hij niet geldt. Hij richt zich ook tot sociaal werkers zonder de titel die gelijkaardige opdrachten uitvoeren: dat is niet gecodeerd. Hij volgt de UFAS-code op vanaf zijn eerste versie (12 september 2025)." ])
     , text      = [ fr = "Le code de déontologie des travailleurs sociaux (première version du 12 septembre 2025) lie l'assistant social, comme le faisait le code de l'UFAS.",
                     en = "The social workers' code of ethics (first version of 12 September 2025) binds the social worker, as the UFAS code did.",
                     nl = "De deontologische code voor sociaal werkers (eerste versie van 12 september 2025) bindt de maatschappelijk assistent, zoals de UFAS-code dat deed." ]
     ]).

rule(social_workers_2025_secrecy,
     [ concludes = code_duty(social_workers_2025)
     , condition = fact(learned_in_profession)
     , code      = social_workers_2025
     , source    = social_workers_code_2025_secrecy
     , seed      = [s04]
     , reading   = interpretation(social_workers_code_2025_secrecy,
                       [ fr = "Non vérifié: le code contient un article sur le secret professionnel, dont le numéro et le texte n'ont pas été trouvés; le devoir est repris du code de l'UFAS.",
                         en = "Not verified: the code has an article on professional secrecy whose number and text were not found; the duty is taken over from the UFAS code.",
                         nl = "Niet nagegaan: de code bevat een artikel over het beroepsgeheim, waarvan nummer en tekst niet gevonden werden; de plicht is overgenomen uit de UFAS-code." ])
     , text      = [ fr = "Code des travailleurs sociaux (2025), article sur le secret professionnel (texte non vérifié): le travailleur social respecte le secret professionnel et reste vigilant face à l'utilisation des outils numériques.",
                     en = "Social workers' code (2025), article on professional secrecy (text not verified): the social worker respects professional secrecy and is also watchful about digital tools.",
                     nl = "Code voor sociaal werkers (2025), artikel over het beroepsgeheim (tekst niet nagegaan): de sociaal werker respecteert het beroepsgeheim en blijft waakzaam bij het gebruik van digitale hulpmiddelen." ]
     ]).

rule(social_workers_2025_shared_secret,
     [ overrides = social_workers_2025_secrecy
     , concludes = code_permits(social_workers_2025)
     , condition = all([ recipient_in([colleague, service_director, case_consultation]),
                         fact(recipient_bound_by_secrecy),
                         any([fact(same_mission), fact(same_team)]),
                         fact(in_person_interest),
                         fact(person_consents)
                       ])
     , code      = social_workers_2025
     , source    = social_workers_code_2025_secrecy
     , seed      = [s10]
     , reading   = interpretation(social_workers_code_2025_secrecy,
                       [ fr = "Non vérifié: les conditions du partage sont reprises du code de l'UFAS (tenu au secret, même mission, intérêt et accord de la personne), le texte du code de 2025 n'ayant pas été lu.",
                         en = "Not verified: the conditions for sharing are taken over from the UFAS code (bound by secrecy, same mission, the person's interest and agreement), the 2025 code's text not having been read.",
                         nl = "Niet nagegaan: de voorwaarden om te delen zijn overgenomen uit de UFAS-code (gebonden door het beroepsgeheim, eenzelfde opdracht, belang en akkoord van de betrokkene), omdat de tekst van de code van 2025 niet gelezen werd." ])
     , text      = [ fr = "Code des travailleurs sociaux (2025), texte non vérifié: le secret ne se partagerait qu'entre intervenants tenus au secret et poursuivant la même mission, dans l'intérêt de la personne et avec son accord.",
                     en = "Social workers' code (2025), text not verified: secrecy would be shared only between professionals bound by it and pursuing the same mission, in the person's interest and with the person's agreement.",
                     nl = "Code voor sociaal werkers (2025), tekst niet nagegaan: het geheim zou alleen gedeeld worden tussen hulpverleners die door het beroepsgeheim gebonden zijn en eenzelfde opdracht hebben, in het belang van de betrokkene en met zijn akkoord." ]
     ]).

% Where the law's shared secrecy applies to a social worker, the code's own
% conditions are those of a text not read: say so.
advice(social_workers_2025_sharing_unverified,
       [ kind      = note
       , condition = all([role_in([social_worker]), basis_has(shared_secret)])
       , provision = shared_secret
       , source    = social_workers_code_2025_secrecy
       , seed      = [s04, s10]
       , text      = [ fr = "Depuis le 12 septembre 2025, l'assistant social relève du code de déontologie des travailleurs sociaux, qui succède au code de l'UFAS; son article sur le secret professionnel n'a pas été lu: les conditions de partage qu'il pose restent à vérifier dans le code.",
                       en = "Since 12 September 2025 the social worker comes under the social workers' code of ethics, which succeeds the UFAS code; its article on professional secrecy was not read: the conditions it sets for sharing are still to be checked in the code.",
                       nl = "Sinds 12 september 2025 valt de maatschappelijk assistent onder de deontologische code voor sociaal werkers, die de UFAS-code opvolgt; het artikel over het beroepsgeheim werd niet gelezen: de voorwaarden die het aan het delen stelt, moeten nog in de code nagegaan worden." ]
       ]).
