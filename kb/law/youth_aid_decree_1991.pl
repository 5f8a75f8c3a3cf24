/*  Décret de la Communauté française du 4 mars 1991 relatif à l'aide à la
    jeunesse -- loaded into the module law (kb/law.pl)

    Art. 57 imposed secrecy on "les personnes qui apportent leur concours à
    l'application du présent décret" (words as quoted by the Youth-aid
    Ethics Commission, avis 88/07). Its rule for youth-aid workers and
    services, youth_aid_decree_secrecy, stays in code_penal_1867.pl (it
    concludes who is bound under art. 458); this file holds the rule the
    Ethics Commission read into art. 57 for the members of advisory
    youth-aid bodies. Replaced on 1 January 2019 by the Code of 18 January
    2018 (youth_code_2018.pl).
*/

/* ======================================================================
   Art. 57 -- secrecy of everyone who contributes to applying the decree
   ====================================================================== */

article(youth_aid_decree_1991_art_57,
        [ instrument = youth_aid_decree,
          article    = "57",
          source     = youth_aid_decree_art_57,
          quote      = [ fr = "[Le secret professionnel s'impose] aux personnes qui apportent leur concours à l'application du présent décret." ]
        ]).

rule(youth_aid_council_1991,
     [ concludes = bound_by_secrecy(specific_law)
     , condition = role_in([youth_aid_council_member])
     , provision = principle
     , source    = youth_aid_decree_art_57
     , reading   = interpretation(youth_aid_ethics_88_07,
                       [ fr = "Lecture de la Commission de déontologie (avis 88/07): les membres des conseils d'arrondissement de l'aide à la jeunesse apportent leur concours à l'application du décret; ils sont tenus au secret professionnel, non à un simple devoir de discrétion.",
                         en = "The Ethics Commission's reading (opinion 88/07): members of district youth-aid councils contribute to applying the decree; they are bound by professional secrecy, not by a mere duty of discretion.",
                         nl = "Lezing van de Deontologische Commissie (advies 88/07): de leden van de arrondissementsraden voor hulpverlening aan de jeugd werken mee aan de toepassing van het decreet; zij zijn gebonden door het beroepsgeheim, niet door een loutere discretieplicht." ])
     , text      = [ fr = "Membre d'un organe consultatif de l'aide à la jeunesse qui connaît de situations individuelles: tenu au secret par l'art. 57 du décret du 4 mars 1991, qui lie toute personne apportant son concours à l'application du décret.",
                     en = "A member of an advisory youth-aid body who hears individual situations: bound to secrecy by art. 57 of the decree of 4 March 1991, which binds everyone who contributes to applying the decree.",
                     nl = "Lid van een adviesorgaan van de hulpverlening aan de jeugd dat individuele situaties behandelt: gebonden door het beroepsgeheim krachtens art. 57 van het decreet van 4 maart 1991, dat iedereen bindt die meewerkt aan de toepassing van het decreet." ]
     ]).
