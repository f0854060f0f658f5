interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  choices: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
  describedBy?: string;
}

/** One choice of a few, as a fieldset of radio buttons (arrow keys move between them). */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  return (
    <fieldset class="radio-group" aria-describedby={props.describedBy}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `${props.name}-${choice.value}`;
        return (
          <div class="check" key={choice.value}>
            <input
              id={id}
              type="radio"
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
