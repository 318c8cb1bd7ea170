// Reads the current value of a field. Files are described by name, size and type only: the
// contents are never read.
import { textOf, tidy } from "./dom.ts";
import type { FormField } from "./collect.ts";

export type FileDescription = { name: string; size: number; type: string };
export type FieldValue = string | string[] | FileDescription[] | undefined;

/** "-- Pilih --" style placeholders count as no choice. */
const PLACEHOLDER = /^(-+\s*)?(pilih|silakan pilih|select|choose|--)/i;

export function optionText(option: HTMLOptionElement | undefined): string | undefined {
  if (!option || option.disabled && option.value === "") return undefined;
  const text = tidy(option.text);
  if (option.value === "" && (text === "" || PLACEHOLDER.test(text))) return undefined;
  return text || option.value || undefined;
}

function radioText(input: HTMLInputElement): string {
  const label = input.labels?.[0];
  return label ? tidy(textOf(label, 400)) || input.value : input.value;
}

/** The value as people see it: option text for choices, plain text for editors, file descriptions. */
export function readField(field: FormField): FieldValue {
  switch (field.kind) {
    case "text": {
      const value = (field.element as HTMLInputElement).value ?? "";
      return value.trim() === "" ? undefined : value;
    }
    case "editable": {
      const text = textOf(field.element);
      return text.trim() === "" ? undefined : text;
    }
    case "select": {
      const select = field.element as HTMLSelectElement;
      if (select.multiple) {
        const chosen = Array.from(select.options).filter((o) => o.selected).map(optionText).filter((t): t is string => !!t);
        return chosen.length ? chosen : undefined;
      }
      return optionText(select.options[select.selectedIndex]);
    }
    case "radio": {
      const checked = (field.controls as HTMLInputElement[]).find((r) => r.checked);
      return checked ? radioText(checked) : undefined;
    }
    case "checkbox": {
      const chosen = (field.controls as HTMLInputElement[]).filter((c) => c.checked).map(radioText);
      return chosen.length ? chosen : undefined;
    }
    case "file": {
      const files = (field.element as HTMLInputElement).files;
      if (!files || files.length === 0) return undefined;
      return Array.from(files, (f) => ({ name: f.name, size: f.size, type: f.type }));
    }
  }
}

/** The raw value of a choice (an option's value attribute), for parameter and basis codes. */
export function readCode(field: FormField): string | undefined {
  if (field.kind === "select") {
    const select = field.element as HTMLSelectElement;
    // options[selectedIndex], not selectedOptions: the latter goes stale in some DOM implementations
    const option = select.options[select.selectedIndex];
    return option && optionText(option) !== undefined ? option.value : undefined;
  }
  if (field.kind === "radio") return (field.controls as HTMLInputElement[]).find((r) => r.checked)?.value;
  return undefined;
}
