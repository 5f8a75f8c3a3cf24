:- module(law,
          [ rule/3,                  % ?Id, ?Conclusion, ?Condition
            exception/2,             % ?Exception, ?Overridden
            rule_meta/2,             % ?Id, ?Properties
            rule_text/3,             % ?Id, ?Lang, ?Text
            conclusion_text/3,       % ?Conclusion, ?Lang, ?Text
            interpretation_text/3,   % ?Id, ?Lang, ?Text
            advice/3,                % ?Id, ?Kind, ?Condition
            advice_meta/2,           % ?Id, ?Properties
            advice_text/3,           % ?Id, ?Lang, ?Text
            tension/2,               % ?Id, ?Condition
            tension_meta/2,          % ?Id, ?Properties
            tension_says/4           % ?Id, ?Lang, ?LawSays, ?CodeSays
          ]).

/** <module> The normative rule base: the law, and the codes of ethics beside it

Two layers, one file per instrument. The law (law/, one file per legal
instrument, in the statute's order) decides the verdict. The codes of
ethics (deontology/, one file per code) give the deontological view,
which stands beside the legal one and never changes it. The files share
this module; this header declares the relations they fill.

  - rule(Id, Conclusion, Condition): Conclusion holds when Condition does.
    Conclusions are derived notions (bound_by_secrecy(Ground),
    covered_by_secrecy, secrecy_duty) or verdict(V).
  - exception(E, R): rule E, when it holds, sets aside rule R (PROLEG: the
    exception is its own relation, never a negation inside R's body).
  - rule_meta(Id, Props): provision(P) (contract table B), source(S)
    (sources.pl: article, version, reference), seed(Statements), and
    interpretation(S) when the rule encodes a reading rather than the text,
    with S the source that supports the reading.
  - rule_text(Id, Lang, Text): the rule's conclusion, in words.
  - conclusion_text(Conclusion, Lang, Text): a derived notion, in words.
  - advice(Id, Kind, Condition): what a person must still do (Kind =
    caveat) or should know (Kind = note) when Condition holds of the answer.
  - Codes of ethics: rules concluding bound_by_code(Code), code_duty(Code)
    and code_permits(Code), the latter as exceptions to the code's duty;
    their metadata name code(Code) where the law's name provision(P).
  - tension(Id, Condition): the law and a code pull apart; tension_meta
    names the provision and the code article (code_rule(R)), tension_says
    what each says.

Conditions are built from:

  - all(Cs), any(Cs), not(C)
  - fact(F): fact F is true; no(F): fact F is false (three-valued)
  - role_in(Rs), institution_in(Is), information_in(Ks), recipient_in(Ts)
  - holds(Conclusion): some rule in force concludes it
  - lacking(F): fact F is not established (false or unknown)
  - in advice and tensions: verdict_in(Vs), basis_has(P), incomplete
*/

:- discontiguous
    rule/3,
    exception/2,
    rule_meta/2,
    rule_text/3,
    conclusion_text/3,
    interpretation_text/3,
    advice/3,
    advice_meta/2,
    advice_text/3,
    tension/2,
    tension_meta/2,
    tension_says/4.

:- include(law/code_penal).
:- include(law/code_instruction_criminelle).
:- include(law/case_law).

:- include(deontology/codes).
:- include(deontology/ufas).
:- include(deontology/youth_aid).
:- include(deontology/psychologists).
:- include(deontology/medical).
