/*  What the codes of ethics share -- included by kb/law.pl
    (the deontological layer)

    The codes below (ufas.pl, youth_aid.pl, psychologists.pl, medical.pl)
    each state a duty of secrecy, code_duty(Code), and the sharing they
    allow, code_permits(Code), as exceptions to that duty. What they have in
    common is stated once, here.
*/

% INTERPRETATION: the Psychologists' Commission says its code admits the
% state of necessity; it is read here as common to every code.
rule(codes_necessity, code_permits(_),
     all([ fact(grave_imminent_danger), no(other_means) ])).
exception(codes_necessity, Duty) :-
    rule(Duty, code_duty(_), _).
rule_meta(codes_necessity,
          [provision(necessity), source(psychologists_necessity), seed([s16]),
           interpretation(psychologists_necessity)]).
rule_text(codes_necessity, fr,
          "Les codes admettent l'état de nécessité: face à un péril grave et imminent qu'aucun autre moyen n'écarte, le secret peut être levé.").
rule_text(codes_necessity, en,
          "The codes admit necessity: facing a grave and imminent danger that nothing else can avert, secrecy may be lifted.").
interpretation_text(codes_necessity, fr,
          "Lecture retenue: la Commission des psychologues l'affirme de son code; il est lu ici comme commun aux codes.").
interpretation_text(codes_necessity, en,
          "Reading adopted: the Psychologists' Commission says so of its code; read here as common to the codes.").

conclusion_text(bound_by_code(_), fr, "Un code de déontologie lie le professionnel.").
conclusion_text(bound_by_code(_), en, "A code of ethics binds the professional.").
conclusion_text(code_duty(_), fr, "Le code impose le secret pour cette information.").
conclusion_text(code_duty(_), en, "The code imposes secrecy on this information.").
conclusion_text(code_permits(_), fr, "Le code permet de partager cette information.").
conclusion_text(code_permits(_), en, "The code allows sharing this information.").
