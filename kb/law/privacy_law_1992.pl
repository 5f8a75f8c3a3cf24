/*  Law of 8 December 1992 on the protection of privacy with regard to the
    processing of personal data -- included by kb/law.pl

    Not encoded. Before the GDPR applied (25 May 2018), art. 10 of this law
    gave the person concerned his right of access to the data processed on
    him. The block below marks the cases it governs, in the version of the
    law of 11 December 1998 (in force 1 September 2001); the original 1992
    version is not marked (its dates are not verified).
*/

unencoded(privacy_law_right_of_access,
     [ condition = all([ recipient_in([person_concerned]),
                         not(basis_has(patient_rights)) ])
     , source    = privacy_law_1992_10
     , text      = [ fr = "La personne demande ce que le professionnel détient sur elle: son droit d'accès aux données à caractère personnel qui la concernent (art. 10 de la loi du 8 décembre 1992 relative à la protection de la vie privée) n'est pas encodé. La réponse, tirée du seul secret professionnel, ne suffit pas: voir cette loi et, s'il y en a une, la loi propre au service.",
                     en = "The person asks for what the professional holds on him: his right of access to the personal data concerning him (art. 10 of the law of 8 December 1992 on the protection of privacy) is not encoded. The answer, drawn from professional secrecy alone, is not enough: look at that law and, where there is one, the service's own law.",
                     nl = "De persoon vraagt wat de beroepsbeoefenaar over hem bijhoudt: zijn recht van inzage in de persoonsgegevens die hem betreffen (art. 10 van de wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer) is niet opgenomen. Het antwoord, dat alleen op het beroepsgeheim steunt, volstaat niet: zie die wet en, als die er is, de eigen regelgeving van de dienst." ]
     ]).
