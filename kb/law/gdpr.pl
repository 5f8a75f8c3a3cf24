/*  Regulation (EU) 2016/679 (General Data Protection Regulation) -- included by kb/law.pl

    Not encoded: the knowledge base reasons from the law of professional
    secrecy, not from data-protection law. The blocks below only mark
    where the Regulation governs a case, so that the answer says it is
    not complete instead of answering from art. 458 alone.
*/

/* ======================================================================
   Art. 15 -- the data subject's right of access
   ----------------------------------------------------------------------
   Anyone who processes personal data as a controller must give the person
   they concern, on request, access to them and a copy (art. 15(1) and (3)),
   within limits (the rights and freedoms of others, art. 15(4); the
   restrictions Union or Member State law may lay down, art. 23). A
   professional asked by the person himself for what he holds on him is
   under that right, which the knowledge base does not encode. For health
   professionals the patient-rights law of 22 August 2002 (art. 9) is the
   specific regime (provision patient_rights): when the answer rests on
   it, this block does not speak.
   ====================================================================== */

unencoded(gdpr_right_of_access,
     [ condition = all([ recipient_in([person_concerned]),
                         not(basis_has(patient_rights)) ])
     , source    = gdpr_15
     , text      = [ fr = "La personne demande ce que le professionnel détient sur elle: son droit d'accès aux données à caractère personnel qui la concernent (art. 15 du règlement général sur la protection des données, avec ses limites: les droits d'autrui, art. 15.4, et les limitations de l'art. 23) n'est pas encodé. La réponse, tirée du seul secret professionnel, ne suffit pas: voir le RGPD et, s'il y en a une, la loi propre au service.",
                     en = "The person asks for what the professional holds on him: his right of access to the personal data concerning him (art. 15 of the General Data Protection Regulation, with its limits: the rights of others, art. 15(4), and the restrictions of art. 23) is not encoded. The answer, drawn from professional secrecy alone, is not enough: look at the GDPR and, where there is one, the service's own law.",
                     nl = "De persoon vraagt wat de beroepsbeoefenaar over hem bijhoudt: zijn recht van inzage in de persoonsgegevens die hem betreffen (art. 15 van de Algemene Verordening Gegevensbescherming, met zijn grenzen: de rechten van anderen, art. 15, lid 4, en de beperkingen van art. 23) is niet opgenomen. Het antwoord, dat alleen op het beroepsgeheim steunt, volstaat niet: zie de AVG en, als die er is, de eigen regelgeving van de dienst." ]
     ]).
