import { defineCatalog } from '../message-catalog.js';

// What src/commands/check-query.ts says before a command runs: an unknown command, a command
// for facilitators only (and who they are on each platform), words or options it does not take.
export const checkMessages = defineCatalog({
  en: {
    'unknown-command': 'Unknown command "{{command}}".',
    'not-allowed':
      "Sorry, {{command}} is for the meeting's facilitators: {{who}} can run it. Ask one of them, or try search in the meantime.",
    'who.discord': 'members with the Manage Server permission',
    'who.slack': 'the facilitators your Slack admin listed in ASSAY_FACILITATORS',
    'who.terminal': 'the person at the terminal',
    'no-words': '{{command}} takes no words, got "{{words}}".',
    'needs-words': '{{command}} needs {{what}}.',
    'no-such-options': '{{command}} does not take {{keys}}.',
    'bad-option': 'That option is not right.',
    'option-too-long':
      'The {{key}} option is {{length, number}} characters long; Assay reads up to {{max, number}}.',
    'unknown-option': 'Unknown option "{{key}}".',
  },
  fr: {
    'unknown-command': 'Commande inconnue : « {{command}} ».',
    'not-allowed':
      'Désolé, {{command}} est réservé aux animateurs de la réunion, c’est-à-dire {{who}}. Demandez à l’un d’eux, ou essayez search en attendant.',
    'who.discord': 'les membres qui ont la permission « Gérer le serveur »',
    'who.slack':
      'les animateurs que l’administrateur de votre Slack a listés dans ASSAY_FACILITATORS',
    'who.terminal': 'la personne au terminal',
    'no-words': '{{command}} ne prend pas de mots ; reçu : « {{words}} ».',
    'needs-words': '{{command}} attend : {{what}}.',
    'no-such-options': '{{command}} n’accepte pas {{keys}}.',
    'bad-option': 'Cette option n’est pas correcte.',
    'option-too-long':
      'L’option {{key}} fait {{length, number}} caractères ; Assay en lit {{max, number}} au plus.',
    'unknown-option': 'Option inconnue : « {{key}} ».',
  },
  es: {
    'unknown-command': 'Comando desconocido: «{{command}}».',
    'not-allowed':
      'Lo sentimos, {{command}} es para los facilitadores de la reunión, es decir, {{who}}. Pídaselo a uno de ellos o, mientras tanto, pruebe search.',
    'who.discord': 'los miembros con el permiso «Gestionar servidor»',
    'who.slack': 'los facilitadores que el administrador de su Slack indicó en ASSAY_FACILITATORS',
    'who.terminal': 'la persona que usa la terminal',
    'no-words': '{{command}} no lleva palabras; se recibió «{{words}}».',
    'needs-words': '{{command}} necesita: {{what}}.',
    'no-such-options': '{{command}} no acepta {{keys}}.',
    'bad-option': 'Esa opción no es correcta.',
    'option-too-long':
      'La opción {{key}} tiene {{length, number}} caracteres; Assay lee {{max, number}} como máximo.',
    'unknown-option': 'Opción desconocida: «{{key}}».',
  },
  pt: {
    'unknown-command': 'Comando desconhecido: "{{command}}".',
    'not-allowed':
      'Desculpe, {{command}} é para os facilitadores da reunião, ou seja, {{who}}. Peça a um deles ou, enquanto isso, experimente search.',
    'who.discord': 'os membros com a permissão "Gerenciar servidor"',
    'who.slack': 'os facilitadores que o administrador do seu Slack listou em ASSAY_FACILITATORS',
    'who.terminal': 'a pessoa no terminal',
    'no-words': '{{command}} não leva palavras; recebido: "{{words}}".',
    'needs-words': '{{command}} precisa de: {{what}}.',
    'no-such-options': '{{command}} não aceita {{keys}}.',
    'bad-option': 'Essa opção não está correta.',
    'option-too-long':
      'A opção {{key}} tem {{length, number}} caracteres; o Assay lê no máximo {{max, number}}.',
    'unknown-option': 'Opção desconhecida: "{{key}}".',
  },
});
