import { defineCatalog } from '../message-catalog.js';

// What a key:value option says when its value is wrong (src/commands/command-options.ts,
// meeting's for: and title:). Keys and values stay in the command grammar; years and
// bounds are written as typed, not as formatted numbers.
export const optionMessages = defineCatalog({
  en: {
    'expected-value': 'expected a value',
    'too-long': 'expected at most {{max}} characters',
    'one-of': '{{name}} must be one of {{values}}, got "{{got}}"',
    'one-of-guess': '{{name}} must be one of {{values}}, got "{{got}}" — did you mean {{guess}}?',
    'needs-value': '{{name}} needs a value',
    'whole-number-from': '{{name}} must be a whole number from {{min}}, got "{{got}}"',
    'whole-number-range': '{{name}} must be {{min}}–{{max}}, got "{{got}}"',
    'area-range': 'area must be 1–9, got "{{got}}"',
    'year-backwards': 'year range must run forwards, got "{{got}}" (try {{to}}-{{from}})',
    'year-form': 'year must be a year like 2019 or a range like 2015-2020, got "{{got}}"',
    duration: 'for: must be a length such as 90m, 2h or 1h30m (at most 12h), got "{{got}}"',
    'title-missing': 'expected a title',
    'title-too-long': 'title: expected at most {{max}} characters',
  },
  fr: {
    'expected-value': 'il faut une valeur',
    'too-long': '{{max}} caractères au plus',
    'one-of': '{{name}} doit être l’une de ces valeurs : {{values}} ; reçu : « {{got}} »',
    'one-of-guess':
      '{{name}} doit être l’une de ces valeurs : {{values}} ; reçu : « {{got}} » — vouliez-vous dire {{guess}} ?',
    'needs-value': '{{name}} demande une valeur',
    'whole-number-from':
      '{{name}} doit être un nombre entier à partir de {{min}} ; reçu : « {{got}} »',
    'whole-number-range':
      '{{name}} doit être compris entre {{min}} et {{max}} ; reçu : « {{got}} »',
    'area-range': 'area doit être compris entre 1 et 9 ; reçu : « {{got}} »',
    'year-backwards':
      'une période doit aller de la première à la dernière année ; reçu : « {{got}} » (essayez {{to}}-{{from}})',
    'year-form':
      'year doit être une année comme 2019 ou une période comme 2015-2020 ; reçu : « {{got}} »',
    duration: 'for: doit être une durée comme 90m, 2h ou 1h30m (12h au plus) ; reçu : « {{got}} »',
    'title-missing': 'il faut un titre',
    'title-too-long': 'title: {{max}} caractères au plus',
  },
  es: {
    'expected-value': 'falta un valor',
    'too-long': '{{max}} caracteres como máximo',
    'one-of': '{{name}} debe ser uno de estos valores: {{values}}; se recibió «{{got}}»',
    'one-of-guess':
      '{{name}} debe ser uno de estos valores: {{values}}; se recibió «{{got}}». ¿Quiso decir {{guess}}?',
    'needs-value': '{{name}} necesita un valor',
    'whole-number-from': '{{name}} debe ser un número entero desde {{min}}; se recibió «{{got}}»',
    'whole-number-range': '{{name}} debe estar entre {{min}} y {{max}}; se recibió «{{got}}»',
    'area-range': 'area debe estar entre 1 y 9; se recibió «{{got}}»',
    'year-backwards':
      'un período debe ir del primer año al último; se recibió «{{got}}» (pruebe {{to}}-{{from}})',
    'year-form': 'year debe ser un año como 2019 o un período como 2015-2020; se recibió «{{got}}»',
    duration:
      'for: debe ser una duración como 90m, 2h o 1h30m (12h como máximo); se recibió «{{got}}»',
    'title-missing': 'falta un título',
    'title-too-long': 'title: {{max}} caracteres como máximo',
  },
  pt: {
    'expected-value': 'falta um valor',
    'too-long': 'no máximo {{max}} caracteres',
    'one-of': '{{name}} deve ser um destes valores: {{values}}; recebido: "{{got}}"',
    'one-of-guess':
      '{{name}} deve ser um destes valores: {{values}}; recebido: "{{got}}". Quis dizer {{guess}}?',
    'needs-value': '{{name}} precisa de um valor',
    'whole-number-from':
      '{{name}} deve ser um número inteiro a partir de {{min}}; recebido: "{{got}}"',
    'whole-number-range': '{{name}} deve estar entre {{min}} e {{max}}; recebido: "{{got}}"',
    'area-range': 'area deve estar entre 1 e 9; recebido: "{{got}}"',
    'year-backwards':
      'um período deve ir do primeiro ao último ano; recebido: "{{got}}" (experimente {{to}}-{{from}})',
    'year-form': 'year deve ser um ano como 2019 ou um período como 2015-2020; recebido: "{{got}}"',
    duration:
      'for: deve ser uma duração como 90m, 2h ou 1h30m (no máximo 12h); recebido: "{{got}}"',
    'title-missing': 'falta um título',
    'title-too-long': 'title: no máximo {{max}} caracteres',
  },
});
