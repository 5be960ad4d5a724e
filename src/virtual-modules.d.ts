/** Generated at build time by scripts/lib/graph-validator-plugin.ts from the graph schemas. */
declare module "virtual:graph-shape-validator" {
  interface ValidationError {
    instancePath: string;
    message?: string;
  }
  const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
  export default validate;
}

declare module "virtual:documents-part-validator" {
  interface ValidationError {
    instancePath: string;
    message?: string;
  }
  const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
  export default validate;
}

declare module "virtual:details-chunk-validator" {
  interface ValidationError {
    instancePath: string;
    message?: string;
  }
  const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
  export default validate;
}
