import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, Ref } from 'react';

// Mantine's `component={Link}` loses the router's typing of `to` and `params`; these keep it.
type AnchorBase = AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };
type ButtonBase = ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> };

function AnchorBaseLink(props: AnchorBase) {
  return <Anchor component="a" {...props} />;
}
function ButtonBaseLink(props: ButtonBase) {
  return <Button component="a" {...props} />;
}

const CreatedAnchorLink = createLink(AnchorBaseLink);
const CreatedButtonLink = createLink(ButtonBaseLink);

export const AnchorLink: LinkComponent<typeof AnchorBaseLink> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);
export const ButtonLink: LinkComponent<typeof ButtonBaseLink> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);
