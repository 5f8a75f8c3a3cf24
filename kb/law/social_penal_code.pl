/*  Social Penal Code (law of 6 June 2010) -- included by kb/law.pl

    Not encoded. Book 1 sets the powers of the social inspectors, among
    them to have documents produced and to copy or seize them; how far
    they reach what a professional bound by secrecy holds, and the powers
    of the other inspection services (INAMI/RIZIV evaluation and control,
    pharmaceutical or pedagogical inspection), are set by laws the
    knowledge base does not encode.
*/

unencoded(social_inspection_powers,
     [ condition = recipient_in([inspection_service])
     , source    = social_penal_code_inspection
     , text      = [ fr = "Un service d'inspection tient ses pouvoirs (se faire produire des documents, les copier, les saisir) de la loi qui l'institue: pour l'inspection sociale, le Code pénal social; pour les autres (contrôle médical de l'INAMI, inspection pharmaceutique ou pédagogique), leur propre loi ou décret. Ces pouvoirs, et ce qu'ils peuvent exiger d'un professionnel tenu au secret, ne sont pas encodés: voir la loi du service d'inspection concerné.",
                     en = "An inspection service holds its powers (to have documents produced, to copy or seize them) from the law that institutes it: for the social inspection, the Social Penal Code; for the others (INAMI/RIZIV medical control, pharmaceutical or pedagogical inspection), their own law or decree. Those powers, and what they may demand of a professional bound by secrecy, are not encoded: look at the law of the inspection service concerned.",
                     nl = "Een inspectiedienst haalt zijn bevoegdheden (zich documenten laten voorleggen, ze kopiëren, ze in beslag nemen) uit de wet die hem opricht: voor de sociale inspectie het Sociaal Strafwetboek; voor de andere (geneeskundige controle van het RIZIV, farmaceutische of pedagogische inspectie) hun eigen wet of decreet. Die bevoegdheden, en wat ze van een beroepsgeheimhouder kunnen eisen, zijn niet opgenomen: zie de wet van de betrokken inspectiedienst." ]
     ]).
