/*  Law of 16 November 1972 on labour inspection -- included by kb/law.pl

    Not encoded. Art. 4 (as replaced by art. 190 of the programme law of
    22 December 1989) gave the social inspectors, and the INAMI's medical
    inspectors who exercised their control under it, the power to have
    documents produced and to seize them; the Social Penal Code took its
    place on 1 July 2011.
*/

unencoded(labour_inspection_powers,
     [ condition = recipient_in([inspection_service])
     , source    = labour_inspection_1972_4
     , text      = [ fr = "Un service d'inspection tient ses pouvoirs (se faire produire des documents, les copier, les saisir) de la loi qui l'institue: pour l'inspection sociale et le contrôle médical de l'INAMI, l'art. 4 de la loi du 16 novembre 1972 concernant l'inspection du travail; pour les autres, leur propre loi ou décret. Ces pouvoirs, et ce qu'ils peuvent exiger d'un professionnel tenu au secret, ne sont pas encodés: voir la loi du service d'inspection concerné.",
                     en = "An inspection service holds its powers (to have documents produced, to copy or seize them) from the law that institutes it: for the social inspection and the INAMI/RIZIV medical control, art. 4 of the law of 16 November 1972 on labour inspection; for the others, their own law or decree. Those powers, and what they may demand of a professional bound by secrecy, are not encoded: look at the law of the inspection service concerned.",
                     nl = "Een inspectiedienst haalt zijn bevoegdheden (zich documenten laten voorleggen, ze kopiëren, ze in beslag nemen) uit de wet die hem opricht: voor de sociale inspectie en de geneeskundige controle van het RIZIV, art. 4 van de wet van 16 november 1972 betreffende de arbeidsinspectie; voor de andere hun eigen wet of decreet. Die bevoegdheden, en wat ze van een beroepsgeheimhouder kunnen eisen, zijn niet opgenomen: zie de wet van de betrokken inspectiedienst." ]
     ]).
