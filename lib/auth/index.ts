export { memberAction } from './member-action';
export { homePathFor, listMembershipsOf, type Member } from './memberships';
export { checkMember, memberOrResponse, requireMember, type MemberCheck } from './require-member';
export { ROLES } from './roles';
export { currentUserId } from './session';
export { safeNextPath } from './next-path';
