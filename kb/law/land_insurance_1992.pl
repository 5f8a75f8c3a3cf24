/*  Law of 25 June 1992 on the land-insurance contract (loi sur le contrat
    d'assurance terrestre / wet op de landverzekeringsovereenkomst), art. 95
    (in force 21 September 1992; first sentence amended by art. 19 of the
    patient-rights law, from 6 October 2002) -- loaded into the module law
    (kb/law.pl). Succeeded by art. 61 of the law of 4 April 2014
    (insurance_2014.pl).

    The doctor chosen by the insured gives the certificates to the insured,
    not to the insurer; after death, the cause of death goes to the
    insurer's medical adviser only if the insurer shows the insured's
    prior consent.
*/

article(land_insurance_1992_art_95,
        [ instrument = land_insurance_law,
          article    = "95",
          source     = insurance_1992_art_95,
          quote      = [ fr = "Le médecin choisi par l'assuré remet à l'assuré qui en fait la demande les certificats médicaux nécessaires à la conclusion ou à l'exécution du contrat. [...] Pour autant que l'assureur justifie de l'accord préalable de l'assuré, le médecin de celui-ci transmet au médecin-conseil de l'assureur un certificat établissant la cause du décès.",
                         nl = "De door de verzekerde gekozen arts geeft de verzekerde, die erom verzoekt de geneeskundige verklaringen af die voor het sluiten of het uitvoeren van de overeenkomst nodig zijn. [...] Mits de verzekeraar aantoont de voorafgaande toestemming van de verzekerde te bezitten, geeft de arts van de verzekerde aan de adviserend arts van de verzekeraar een verklaring af over de doodsoorzaak." ]
        ]).

rule(ins_cause_of_death_1992,
     [ overrides = cp_458
     , concludes = verdict(permitted)
     , condition = all([ role_in([doctor]),
                         recipient_in([insurer]),
                         information_in([cause_of_death]),
                         fact(person_consented_before_death)
                       ])
     , provision = insurance_law
     , source    = insurance_1992_art_95
     , reading   = interpretation(insurance_1992_art_95,
                       [ fr = "Lecture prudente: le texte dit « transmet », que l'on peut lire comme une obligation une fois l'accord préalable établi; la base retient une permission (le médecin peut, sans être tenu au regard du Code pénal), et lit « l'assureur » comme son médecin-conseil, seul destinataire admis.",
                         en = "Cautious reading: the text says 'sends', which may be read as a duty once prior consent is shown; the knowledge base keeps a permission (the doctor may, without a duty under the Criminal Code), and reads 'the insurer' as its medical adviser, the only recipient admitted.",
                         nl = "Voorzichtige lezing: de tekst zegt \"geeft ... af\", wat als een plicht kan worden gelezen zodra de voorafgaande toestemming vaststaat; de kennisbank houdt het bij een toelating en leest \"de verzekeraar\" als diens adviserend arts, de enige toegelaten ontvanger." ])
     , text      = [ fr = "Si l'assureur justifie de l'accord préalable de l'assuré, le médecin de l'assuré décédé peut transmettre au médecin-conseil de l'assureur un certificat établissant la cause du décès (art. 95 de la loi du 25 juin 1992).",
                     en = "If the insurer shows the insured's prior consent, the deceased insured's doctor may send the insurer's medical adviser a certificate of the cause of death (art. 95 of the law of 25 June 1992).",
                     nl = "Toont de verzekeraar de voorafgaande toestemming van de verzekerde aan, dan mag de arts van de overleden verzekerde aan de adviserend arts van de verzekeraar een verklaring over de doodsoorzaak afgeven (art. 95 van de wet van 25 juni 1992)." ]
     ]).

advice(ins_certificates_to_the_insured_1992,
       [ kind      = note
       , condition = all([ recipient_in([insurer]), verdict_in([forbidden]) ])
       , provision = insurance_law
       , source    = insurance_1992_art_95
       , text      = [ fr = "Du vivant de l'assuré, le médecin remet les certificats nécessaires au contrat à l'assuré qui les demande (art. 95), jamais directement à l'assureur; l'assuré les transmet au médecin-conseil de l'assureur (Conseil national, avis du 16 juillet 2005). Après le décès, seule la cause du décès, au médecin-conseil, avec l'accord préalable de l'assuré.",
                       en = "While the insured is alive, the doctor hands the certificates the contract needs to the insured who asks for them (art. 95), never directly to the insurer; the insured passes them to the insurer's medical adviser (National Council, opinion of 16 July 2005). After death, only the cause of death, to the medical adviser, with the insured's prior consent.",
                       nl = "Tijdens het leven van de verzekerde geeft de arts de voor de overeenkomst nodige verklaringen aan de verzekerde die erom vraagt (art. 95), nooit rechtstreeks aan de verzekeraar; de verzekerde bezorgt ze aan de adviserend arts van de verzekeraar. Na het overlijden enkel de doodsoorzaak, aan de adviserend arts, met de voorafgaande toestemming van de verzekerde." ]
       ]).
