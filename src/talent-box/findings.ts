import type { Finding } from '../_lib/finding';
import type { ExpectationLevel, PotensialLevel } from '../_lib/levels';
import type { TalentBoxNumber } from '../policy/sections/talent-box';

/** Axis of the grid: `kinerja` (performance) or `potensial` (potential). */
export type TalentAxis = 'kinerja' | 'potensial';

/** A part of the assessment that may be missing. */
export type TalentAssessmentPart = 'kinerja' | 'potensial' | 'assessedOn';

/** Every finding the talent-box gate produces (rule `talent_box`). */
export type TalentBoxFinding =
  | Finding<
      'talent_box',
      'talent_level_from_score',
      {
        /** The axis scored. */
        axis: TalentAxis;
        /** The score given, 0–100. */
        score: number;
        /** The level it gives. */
        level: ExpectationLevel | PotensialLevel;
        /** Lowest score of the middle level. */
        lowerCutOff: number;
        /** Lowest score of the top level. */
        upperCutOff: number;
      }
    >
  | Finding<
      'talent_box',
      'talent_level_score_mismatch',
      {
        /** The axis that disagrees. */
        axis: TalentAxis;
        /** The level given. */
        level: ExpectationLevel | PotensialLevel;
        /** The score given. */
        score: number;
        /** The level the score gives under the policy's cut-offs. */
        levelFromScore: ExpectationLevel | PotensialLevel;
      }
    >
  | Finding<
      'talent_box',
      'talent_assessment_missing',
      {
        /** The parts not given. */
        missing: TalentAssessmentPart[];
      }
    >
  | Finding<
      'talent_box',
      'talent_assessment_outdated',
      {
        /** Date of the assessment. */
        assessedOn: string;
        /** Last day it is valid. */
        validUntil: string;
        /** The policy's maximum age in months. */
        maxAgeMonths: number;
        /** Decision date. */
        asOf: string;
      }
    >
  | Finding<
      'talent_box',
      'talent_assessment_in_future',
      {
        /** Date of the assessment. */
        assessedOn: string;
        /** Decision date, before it. */
        asOf: string;
      }
    >
  | Finding<
      'talent_box',
      'talent_box_classified',
      {
        /** The box. */
        box: TalentBoxNumber;
        /** Its kinerja level. */
        kinerja: ExpectationLevel;
        /** Its potensial level. */
        potensial: PotensialLevel;
      }
    >
  | Finding<
      'talent_box',
      'talent_box_eligible' | 'talent_box_not_eligible',
      {
        /** The box. */
        box: TalentBoxNumber;
        /** The boxes the policy admits, ascending. */
        eligibleBoxes: readonly TalentBoxNumber[];
      }
    >
  | Finding<
      'talent_box',
      'talent_box_gate_off',
      {
        /** The policy without a box rule. */
        policyId: string;
      }
    >;

/** Code of a {@link TalentBoxFinding}. */
export type TalentBoxFindingCode = TalentBoxFinding['code'];
