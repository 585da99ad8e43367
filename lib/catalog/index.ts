export { getImage } from './image';
export { centsToInput } from './price';
export {
  createProduct,
  getProduct,
  listProducts,
  setProductActive,
  updateProduct,
  type CatalogResult,
} from './products';
export { productFormSchema, productIdSchema, productVisibilitySchema, type ProductForm } from './schemas';
