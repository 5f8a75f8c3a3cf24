/*  The duty of discretion of school staff and civil servants (ambtsgeheim,
    discretieplicht; devoir de discrétion) -- loaded into the module law
    (kb/law.pl)

    Not professional secrecy: a teacher is not, by status or profession, a
    holder of secrets confided to him within art. 458, so the verdict is
    `not_covered`; his duty of discretion (a duty of his staff statute,
    disciplinary, not the offence of art. 458) is named in a caveat. The
    statutes themselves (French Community decree of 1 February 1993,
    Flemish staff rules) were not read: the sources are doctrine and
    official education pages (`partial`), and the caveats say so.
    Art. 29 CIC is flagged for staff of public schools, not applied.
*/

advice(teacher_duty_of_discretion,
       [ kind      = caveat
       , condition = all([role_in([teacher]), verdict_in([not_covered])])
       , provision = official_discretion
       , source    = official_discretion_doctrine
       , text      = [ fr = "Un enseignant (ou autre membre du personnel de l'école) n'est pas dépositaire du secret professionnel de l'art. 458: il est tenu à un devoir de discrétion, qui découle de son statut et dont la violation est une faute disciplinaire, non l'infraction de l'art. 458 — ne communiquer ce qu'il apprend dans sa fonction qu'à ceux qui ont le droit d'en connaître. Lecture tirée de la doctrine et des services de l'enseignement; les textes statutaires n'ont pas été lus.",
                       en = "A teacher (or other member of a school's staff) is not a holder of the professional secrecy of art. 458: he is bound by a duty of discretion, which follows from his staff statute and whose breach is a disciplinary fault, not the offence of art. 458 — to pass on what he learns in his function only to those entitled to know it. A reading drawn from doctrine and education services; the statutory texts were not read.",
                       nl = "Een leraar (of ander personeelslid van de school) is geen houder van het beroepsgeheim van art. 458 Sw.: hij is gebonden door een discretieplicht of ambtsgeheim, die voortvloeit uit zijn rechtspositie en waarvan de schending een tuchtrechtelijke fout is, niet het misdrijf van art. 458 — wat hij in zijn functie verneemt enkel doorgeven aan wie gerechtigd is er kennis van te nemen. Lezing uit de rechtsleer en onderwijsdiensten; de statutaire teksten zijn niet gelezen." ]
       ]).

advice(teacher_public_official_cic_29,
       [ kind      = caveat
       , condition = all([role_in([teacher]), verdict_in([not_covered])])
       , provision = official_discretion
       , source    = cic_29
       , text      = [ fr = "Si l'enseignant est membre du personnel d'un enseignement public (fonctionnaire), l'art. 29 du Code d'instruction criminelle peut l'obliger à aviser le procureur du Roi d'un crime ou d'un délit dont il acquiert la connaissance dans l'exercice de ses fonctions. Son application aux enseignants n'est pas vérifiée ici, et l'obligation n'est pas sanctionnée pénalement.",
                       en = "If the teacher is on the staff of a public school (a public official), art. 29 of the Code of Criminal Procedure may oblige him to inform the public prosecutor of a crime or offence he learns of in his duties. Its application to teachers is not verified here, and the duty carries no criminal sanction.",
                       nl = "Is de leraar personeelslid van het openbaar onderwijs (ambtenaar), dan kan art. 29 Sv. hem verplichten de procureur des Konings in te lichten over een misdaad of wanbedrijf waarvan hij in de uitoefening van zijn ambt kennis krijgt. De toepassing op leraren is hier niet geverifieerd, en de plicht is niet strafrechtelijk gesanctioneerd." ]
       ]).

advice(school_is_not_a_secret_holder,
       [ kind      = note
       , condition = all([recipient_in([school]), verdict_in([forbidden])])
       , provision = official_discretion
       , source    = official_discretion_doctrine
       , text      = [ fr = "L'école et ses enseignants ne sont pas tenus au secret professionnel, seulement à un devoir de discrétion: leur confier une information n'est pas un secret partagé, qui suppose un destinataire lui-même tenu au secret.",
                       en = "The school and its teachers are not bound by professional secrecy, only by a duty of discretion: telling them is not shared secrecy, which requires a recipient who is bound by secrecy himself.",
                       nl = "De school en haar leraren zijn niet gebonden door het beroepsgeheim, enkel door een discretieplicht: hen iets toevertrouwen is geen gedeeld beroepsgeheim, dat een ontvanger veronderstelt die zelf door het beroepsgeheim gebonden is." ]
       ]).
