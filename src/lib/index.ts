// The library `import { classify } from 'rolelens'`: the classifier and its types, nothing of the extension.
export { classify } from '../classifier/classify';
export type {
  ClassifierSettings,
  ContextKind,
  ContextNote,
  Evidence,
  ExtraPhrase,
  Mismatch,
  Pole,
  PostingInput,
  SectionKind,
  Shape,
  TitleShape,
  Verdict,
} from '../classifier/types';
