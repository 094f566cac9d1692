"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ActionResult } from "@/lib/http/action-result";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Field, Input, Select } from "../ui/field";

const schema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(200),
  email: z.string().trim().pipe(z.email("Enter a valid email")),
  role: z.enum(["admin", "manager", "rep", "analyst"]),
  password: z.string().min(10, "At least 10 characters"),
});
type Values = z.infer<typeof schema>;

export function CreateUserForm({
  roles,
  create,
}: {
  roles: { value: string; label: string }[];
  create(input: Values): Promise<ActionResult<{ email: string }>>;
}) {
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const { register, handleSubmit, formState, reset, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", email: "", role: "rep", password: "" },
  });

  async function onSubmit(values: Values) {
    setMessage(undefined);
    const result = await create(values);
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fields ?? {})) {
        if (field in values) setError(field as keyof Values, { message: text });
      }
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setMessage({ tone: "success", text: `${result.data.email} can now sign in with the password you set. Ask them to keep it safe.` });
    reset();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field label="Name" htmlFor="user-name" error={formState.errors.name?.message}>
        <Input id="user-name" {...register("name")} />
      </Field>
      <Field label="Email" htmlFor="user-email" error={formState.errors.email?.message}>
        <Input id="user-email" type="email" {...register("email")} />
      </Field>
      <Field label="Role" htmlFor="user-role" error={formState.errors.role?.message}>
        <Select id="user-role" {...register("role")}>
          {roles.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Initial password" htmlFor="user-password" error={formState.errors.password?.message}>
        <Input id="user-password" type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
