'use client';

import { useState } from 'react';
import { Field } from '@/components/form/field';
import { fieldError, FormStatus } from '@/components/form/form-status';
import { SubmitButton } from '@/components/form/submit-button';
import { useFormAction } from '@/components/form/use-form-action';
import { signUpAction } from './actions';
import { SlugField } from './slug-field';

export function SignUpForm({ appUrl, defaultHoldSeconds }: { appUrl: string; defaultHoldSeconds: number }) {
  const { state, pending, formProps } = useFormAction(signUpAction);
  const [name, setName] = useState('');
  return (
    <form {...formProps} className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">A pizzaria</legend>
        <Field
          label="Nome da pizzaria"
          name="pizzeriaName"
          required
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(state, 'pizzeriaName')}
        />
        <SlugField appUrl={appUrl} name={name} error={fieldError(state, 'slug')} />
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Pedaços por pizza"
            name="defaultSlicesPerPizza"
            type="number"
            min={4}
            max={16}
            defaultValue={8}
            required
            error={fieldError(state, 'defaultSlicesPerPizza')}
          />
          <Field
            label="Reserva (segundos)"
            name="holdSeconds"
            type="number"
            min={30}
            max={900}
            defaultValue={defaultHoldSeconds}
            required
            error={fieldError(state, 'holdSeconds')}
          />
          <Field
            label="Validade (horas)"
            name="freshnessHours"
            type="number"
            min={1}
            max={24}
            defaultValue={4}
            required
            error={fieldError(state, 'freshnessHours')}
          />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Você, o dono</legend>
        <Field
          label="Seu nome"
          name="ownerName"
          autoComplete="name"
          required
          maxLength={80}
          error={fieldError(state, 'ownerName')}
        />
        <Field
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          error={fieldError(state, 'email')}
        />
        <Field
          label="Senha"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="Pelo menos 8 caracteres."
          error={fieldError(state, 'password')}
        />
      </fieldset>
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Criando…">
        Criar minha pizzaria
      </SubmitButton>
    </form>
  );
}
