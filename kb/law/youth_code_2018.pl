/*  Code de la prévention, de l'aide à la jeunesse et de la protection de la
    jeunesse (décret de la Communauté française du 18 janvier 2018) --
    loaded into the module law (kb/law.pl)

    In force 1 January 2019 (Book V on young offenders: 1 May 2019). It
    replaced the decree of 4 March 1991, whose art. 57 imposed secrecy on
    everyone contributing to its application. The Code's own secrecy
    article was NOT found in our sources: no article/2 block quotes it, the
    source is `unverified`, and every answer that rests on it says so.
*/

/* ======================================================================
   The Code's secrecy provision (article number not identified)
   ----------------------------------------------------------------------
   Who is bound: the successor of art. 57 of the 1991 decree (and of the
   rule youth_aid_decree_secrecy, which ends with it on 1 January 2019).
   ====================================================================== */

rule(youth_code_2018_secrecy,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = any([ role_in([youth_aid_worker, youth_aid_council_member]),
                         all([ institution_in([youth_aid_service]),
                               not(role_in([private_individual]))
                             ])
                       ])
     , provision = principle
     , source    = youth_code_2018_secrecy
     , seed      = [s02, s03]
     , reading   = interpretation(youth_aid_ethics_88_07,
                       [ fr = "Lecture retenue: le Code de 2018 reprend l'obligation de secret de l'art. 57 du décret de 1991 pour toute personne qui apporte son concours à son application, y compris les membres des organes consultatifs qui connaissent de situations individuelles (avis 88/07, rendu sous le décret de 1991). L'article du Code n'a pas été lu.",
                         en = "Reading adopted: the 2018 Code carries over the secrecy of art. 57 of the 1991 decree for everyone who contributes to applying it, members of advisory bodies who hear individual situations included (opinion 88/07, given under the 1991 decree). The Code's article was not read.",
                         nl = "Aangenomen lezing: het Wetboek van 2018 neemt het beroepsgeheim van art. 57 van het decreet van 1991 over voor iedereen die meewerkt aan de toepassing ervan, ook de leden van adviesorganen die individuele situaties behandelen (advies 88/07, gegeven onder het decreet van 1991). Het artikel van het Wetboek is niet gelezen." ])
     , text      = [ fr = "Les intervenants de l'aide à la jeunesse, et les membres de ses organes consultatifs qui connaissent de situations individuelles, sont tenus au secret par le Code de la prévention, de l'aide à la jeunesse et de la protection de la jeunesse (article non vérifié).",
                     en = "Youth-aid workers, and the members of its advisory bodies who hear individual situations, are bound to secrecy by the Code on prevention, youth aid and youth protection (article not verified).",
                     nl = "Jeugdhulpverleners, en de leden van adviesorganen die individuele situaties behandelen, zijn tot geheimhouding verplicht door het Wetboek van preventie, hulpverlening aan de jeugd en jeugdbescherming (artikel niet geverifieerd)." ]
     ]).

advice(youth_code_article_unverified,
       [ kind      = note
       , condition = any([ role_in([youth_aid_worker, youth_aid_council_member]),
                           institution_in([youth_aid_service])
                         ])
       , provision = youth_code_2018
       , source    = youth_code_2018_secrecy
       , text      = [ fr = "Depuis le 1er janvier 2019, l'aide à la jeunesse de la Communauté française est régie par le Code du 18 janvier 2018, qui a remplacé le décret du 4 mars 1991. L'article du Code qui impose le secret n'a pas été vérifié ici: à contrôler sur le texte officiel.",
                       en = "Since 1 January 2019, French Community youth aid is governed by the Code of 18 January 2018, which replaced the decree of 4 March 1991. The Code's secrecy article was not verified here: check the official text.",
                       nl = "Sinds 1 januari 2019 wordt de hulpverlening aan de jeugd in de Franse Gemeenschap geregeld door het Wetboek van 18 januari 2018, dat het decreet van 4 maart 1991 verving. Het artikel van het Wetboek dat het beroepsgeheim oplegt, is hier niet geverifieerd: na te gaan in de officiële tekst." ]
       ]).

/* ======================================================================
   Inspection services and individual files
   ----------------------------------------------------------------------
   The Ethics Commission (avis 99/08): the young person's file is covered
   by secrecy and may be given to no one in its entirety. The inspection
   powers of the administration over approved services (the Code and its
   implementing orders) are NOT encoded: the answer says so.
   ====================================================================== */

advice(youth_code_inspection_file,
       [ kind      = caveat
       , condition = all([ recipient_in([inspection_service]),
                           any([ role_in([youth_aid_worker, youth_aid_council_member]),
                                 institution_in([youth_aid_service])
                               ])
                         ])
       , provision = youth_code_2018
       , source    = youth_aid_ethics_99_08
       , text      = [ fr = "Le dossier du jeune est couvert par le secret: le service et ses membres ne peuvent en donner connaissance à personne dans son intégralité (Commission de déontologie, avis 99/08). Les pouvoirs que le Code et ses arrêtés d'exécution donnent à une inspection sur les dossiers individuels ne sont pas encodés ici: la base de connaissances ne peut pas dire si cette inspection y a accès. Si un texte l'y autorise, seul ce qu'il prévoit peut être montré.",
                       en = "The young person's file is covered by secrecy: the service and its members may give it to no one in its entirety (Ethics Commission, opinion 99/08). The powers the Code and its implementing orders give an inspection over individual files are not encoded here: the knowledge base cannot tell whether this inspection may see them. If a text allows it, only what that text provides may be shown.",
                       nl = "Het dossier van de jongere valt onder het beroepsgeheim: de dienst en zijn medewerkers mogen het aan niemand in zijn geheel bekendmaken (Deontologische Commissie, advies 99/08). De bevoegdheden die het Wetboek en zijn uitvoeringsbesluiten aan een inspectie geven over individuele dossiers, zijn hier niet opgenomen: de kennisbank kan niet zeggen of deze inspectie er toegang toe heeft. Als een tekst het toelaat, mag enkel worden getoond wat die tekst bepaalt." ]
       ]).
