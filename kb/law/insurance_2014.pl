/*  Law of 4 April 2014 on insurance (loi relative aux assurances / wet
    betreffende de verzekeringen), art. 61, successor of art. 95 of the law
    of 25 June 1992 -- loaded into the module law (kb/law.pl)

    The text of art. 61 is NOT read (source unverified): the rule assumes it
    takes over art. 95 (2002 version). Its entry into force (1 November
    2014) is not verified either.
*/

rule(ins_cause_of_death_2014,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([ role_in([doctor]),
                         recipient_in([insurer]),
                         information_in([cause_of_death]),
                         fact(person_consented_before_death)
                       ])
     , provision = insurance_law
     , source    = insurance_2014_art_61
     , reading   = interpretation(insurance_2014_art_61,
                       [ fr = "Lecture retenue, non vérifiée dans le texte: l'art. 61 reprend l'art. 95 de la loi de 1992; comme pour celui-ci, une permission, et « l'assureur » lu comme son médecin-conseil.",
                         en = "Reading adopted, not checked in the text: art. 61 takes over art. 95 of the 1992 law; as for it, a permission, and 'the insurer' read as its medical adviser.",
                         nl = "Aangenomen lezing, niet nagegaan in de tekst: artikel 61 neemt artikel 95 van de wet van 1992 over; zoals daar een toelating, en \"de verzekeraar\" gelezen als diens adviserend arts." ])
     , text      = [ fr = "Avec l'accord préalable de l'assuré, dont l'assureur justifie, le médecin de l'assuré décédé peut transmettre au médecin-conseil de l'assureur un certificat établissant la cause du décès (art. 61 de la loi du 4 avril 2014, texte non vérifié).",
                     en = "With the insured's prior consent, shown by the insurer, the deceased insured's doctor may send the insurer's medical adviser a certificate of the cause of death (art. 61 of the law of 4 April 2014, text not verified).",
                     nl = "Met de voorafgaande toestemming van de verzekerde, die de verzekeraar aantoont, mag de arts van de overleden verzekerde aan de adviserend arts van de verzekeraar een verklaring over de doodsoorzaak afgeven (art. 61 van de wet van 4 april 2014, tekst niet geverifieerd)." ]
     ]).

advice(ins_certificates_to_the_insured_2014,
       [ kind      = note
       , condition = all([ recipient_in([insurer]), verdict_in([forbidden]) ])
       , provision = insurance_law
       , source    = insurance_2014_art_61
       , text      = [ fr = "Du vivant de l'assuré, le médecin remet les certificats nécessaires au contrat à l'assuré qui les demande, jamais directement à l'assureur (art. 61 de la loi du 4 avril 2014, texte non vérifié; Conseil national). Après le décès, seule la cause du décès, au médecin-conseil de l'assureur, avec l'accord préalable de l'assuré.",
                       en = "While the insured is alive, the doctor hands the certificates the contract needs to the insured who asks for them, never directly to the insurer (art. 61 of the law of 4 April 2014, text not verified; National Council). After death, only the cause of death, to the insurer's medical adviser, with the insured's prior consent.",
                       nl = "Tijdens het leven van de verzekerde geeft de arts de voor de overeenkomst nodige verklaringen aan de verzekerde die erom vraagt, nooit rechtstreeks aan de verzekeraar (art. 61 van de wet van 4 april 2014, tekst niet geverifieerd). Na het overlijden enkel de doodsoorzaak, aan de adviserend arts van de verzekeraar, met de voorafgaande toestemming van de verzekerde." ]
       ]).
