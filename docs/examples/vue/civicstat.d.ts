// Loads the elements' types for every template of the project (Vue 3 GlobalComponents).
import type {} from 'civicstat/vue';
