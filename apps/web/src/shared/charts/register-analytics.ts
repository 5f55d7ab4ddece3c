import { BarController, BarElement, Chart, ScatterController } from 'chart.js';
import './register';
import './label-plugins';

/** Adds what the analyst's charts draw with (ranked bars, scatter plots) to the common registration. */
Chart.register(BarController, BarElement, ScatterController);
