/*  What the codes of ethics share -- included by kb/law.pl
    (the deontological layer)

    The codes below (ufas.pl, youth_aid.pl, psychologists.pl, medical.pl)
    each state a duty of secrecy, code_duty(Code), and the sharing they
    allow, code_permits(Code), as exceptions to that duty. What they have in
    common is stated once, here.
*/

rule(codes_necessity,
     [ overrides = rules_concluding(code_duty(_))
     , concludes = code_permits(_)
     , condition = all([fact(grave_imminent_danger), no(other_means)])
     , provision = necessity
     , source    = psychologists_necessity
     , seed      = [s16]
     , reading   = interpretation(psychologists_necessity,
                       [ fr = "Lecture retenue: la Commission des psychologues l'affirme de son code; il est lu ici comme commun aux codes.",
                         en = "Reading adopted: the Psychologists' Commission says so of its code; read here as common to the codes.",
                         nl = "Aangenomen lezing: de Psychologencommissie stelt dit over haar code; hier wordt het gelezen als gemeenschappelijk aan de codes." ])
     , text      = [ fr = "Les codes admettent l'état de nécessité: face à un péril grave et imminent qu'aucun autre moyen n'écarte, le secret peut être levé.",
                     en = "The codes admit necessity: facing a grave and imminent danger that nothing else can avert, secrecy may be lifted.",
                     nl = "De codes aanvaarden de noodtoestand: bij een ernstig en dreigend gevaar dat geen ander middel kan afwenden, mag het geheim worden opgeheven." ]
     ]).

conclusion(bound_by_code(_),
           [ fr = "Un code de déontologie lie le professionnel.",
             en = "A code of ethics binds the professional.",
             nl = "Een deontologische code bindt de beroepsbeoefenaar." ]).

conclusion(code_duty(_),
           [ fr = "Le code impose le secret pour cette information.",
             en = "The code imposes secrecy on this information.",
             nl = "De code legt voor deze informatie het geheim op." ]).

conclusion(code_permits(_),
           [ fr = "Le code permet de partager cette information.",
             en = "The code allows sharing this information.",
             nl = "De code laat toe deze informatie te delen." ]).

