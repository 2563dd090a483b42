/**
 * The list of entries still to correct, each a link that moves focus to its field (as the GOV.UK
 * error summary does): a reader who cannot see the red fields learns what and where.
 */
import { fillTemplate } from '../../../lib/i18n/fill-template';
import type { ScenarioProblem } from '../../../lib/learn/calculator-scenario';
import type { CalculatorFactorView, CalculatorLabels } from '../../../lib/learn/calculator-view';
import type { HouseholdSizeError, QuantityError } from '../../../lib/learn/household-carbon';
import { fieldId } from './ScenarioFields';

interface Props {
  problems: { column: 'now' | 'whatif'; columnName?: string; problem: ScenarioProblem }[];
  factors: CalculatorFactorView[];
  labels: CalculatorLabels;
  formatNumber: (n: number) => string;
}

export function ErrorSummary({ problems, factors, labels, formatNumber }: Props) {
  if (problems.length === 0) return null;
  const describe = ({ field, error }: ScenarioProblem) => {
    if (field === 'householdSize') return fillTemplate(labels.labelled, { label: labels.household.size, text: labels.household.sizeErrors[error as HouseholdSizeError] });
    const factor = factors.find((f) => f.id === field)!;
    return fillTemplate(labels.labelled, { label: factor.label, text: fillTemplate(labels.errors[error as QuantityError], { max: formatNumber(factor.maxInput) }) });
  };
  return (
    <div className="calculator__error-summary">
      <p className="calculator__error-summary-heading">{labels.errorSummary}</p>
      <ul>
        {problems.map(({ column, columnName, problem }) => {
          const id = fieldId(column, problem.field);
          const text = describe(problem);
          return (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(id)?.focus();
                }}
              >
                {columnName ? fillTemplate(labels.labelled, { label: columnName, text }) : text}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
