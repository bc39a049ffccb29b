import { defineCatalog } from '../message-catalog.js';

// What the terminal says around a reply (adapters/terminal/, src/main.ts).
export const terminalMessages = defineCatalog({
  en: {
    prompt: 'Type a command (or quit). Up/down arrows recall earlier commands.',
    next: 'Next: {{query}}',
    try: 'Try:',
    'digest-written': 'Digest written to {{path}}',
    'png-needs-file': '--png needs a file name, e.g. {{example}}',
    'lang-unknown': '--lang must be one of {{locales}}, got "{{given}}"; e.g. {{example}}',
  },
  fr: {
    prompt:
      'Tapez une commande (ou quit). Les flèches haut/bas rappellent les commandes précédentes.',
    next: 'Suivante : {{query}}',
    try: 'Essayez :',
    'digest-written': 'Liste de lecture écrite dans {{path}}',
    'png-needs-file': '--png attend un nom de fichier, par exemple {{example}}',
    'lang-unknown':
      '--lang doit être l’une de ces langues : {{locales}} ; reçu « {{given}} ». Par exemple {{example}}',
  },
  es: {
    prompt:
      'Escriba un comando (o quit). Las flechas arriba/abajo recuperan los comandos anteriores.',
    next: 'Siguiente: {{query}}',
    try: 'Pruebe:',
    'digest-written': 'Lista de lectura escrita en {{path}}',
    'png-needs-file': '--png necesita un nombre de archivo, por ejemplo {{example}}',
    'lang-unknown':
      '--lang debe ser uno de {{locales}}; se recibió «{{given}}». Por ejemplo {{example}}',
  },
  pt: {
    prompt:
      'Digite um comando (ou quit). As setas para cima/baixo recuperam os comandos anteriores.',
    next: 'Próxima: {{query}}',
    try: 'Experimente:',
    'digest-written': 'Lista de leitura gravada em {{path}}',
    'png-needs-file': '--png precisa de um nome de arquivo, por exemplo {{example}}',
    'lang-unknown':
      '--lang deve ser um de {{locales}}; recebido "{{given}}". Por exemplo {{example}}',
  },
});
