import { describeEditorScenarios } from './editorScenarios';

describeEditorScenarios('1.123.81');
