import { defineCatalog } from '../message-catalog.js';

// The words a chart picture draws itself (src/charts/): the line under its title, what it
// left out, and the key to a share-shaded table. Title, counted and filters come worded in
// the ChartSpec by the command.
export const chartMessages = defineCatalog({
  en: {
    counting: 'Counting {{counted}}',
    number: '{{count, number}}',
    'left-out': '… and {{list}}',
    more: '{{count, number}} more',
    'more-rows': { one: '{{count, number}} more row', other: '{{count, number}} more rows' },
    'more-columns': {
      one: '{{count, number}} more column',
      other: '{{count, number}} more columns',
    },
    'share-legend':
      "Shade and % are each cell's share of its column's total ({{sizes}}), so columns of different sizes compare.",
    none: 'none',
  },
  fr: {
    counting: 'Total : {{counted}}',
    number: '{{count, number}}',
    'left-out': '… et {{list}}',
    more: '{{count, number}} de plus',
    'more-rows': {
      one: '{{count, number}} ligne de plus',
      many: '{{count, number}} de lignes de plus',
      other: '{{count, number}} lignes de plus',
    },
    'more-columns': {
      one: '{{count, number}} colonne de plus',
      many: '{{count, number}} de colonnes de plus',
      other: '{{count, number}} colonnes de plus',
    },
    'share-legend':
      'La teinte et le % donnent la part de chaque case dans le total de sa colonne ({{sizes}}), pour comparer des colonnes de tailles différentes.',
    none: 'aucune',
  },
  es: {
    counting: 'Total: {{counted}}',
    number: '{{count, number}}',
    'left-out': '… y {{list}}',
    more: '{{count, number}} más',
    'more-rows': {
      one: '{{count, number}} fila más',
      many: '{{count, number}} de filas más',
      other: '{{count, number}} filas más',
    },
    'more-columns': {
      one: '{{count, number}} columna más',
      many: '{{count, number}} de columnas más',
      other: '{{count, number}} columnas más',
    },
    'share-legend':
      'El tono y el % son la parte de cada celda en el total de su columna ({{sizes}}), para comparar columnas de distinto tamaño.',
    none: 'ninguna',
  },
  pt: {
    counting: 'Total: {{counted}}',
    number: '{{count, number}}',
    'left-out': '… e {{list}}',
    more: 'mais {{count, number}}',
    'more-rows': {
      one: 'mais {{count, number}} linha',
      many: 'mais {{count, number}} de linhas',
      other: 'mais {{count, number}} linhas',
    },
    'more-columns': {
      one: 'mais {{count, number}} coluna',
      many: 'mais {{count, number}} de colunas',
      other: 'mais {{count, number}} colunas',
    },
    'share-legend':
      'O tom e a % são a parte de cada célula no total da sua coluna ({{sizes}}), para comparar colunas de tamanhos diferentes.',
    none: 'nenhuma',
  },
});
